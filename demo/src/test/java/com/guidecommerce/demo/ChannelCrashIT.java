package com.guidecommerce.demo;

import com.guidecommerce.core.test.IngestInvariants;
import com.guidecommerce.core.test.TestDatabase;
import com.guidecommerce.demo.ChannelDeliveries.Delivery;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.guidecommerce.core.test.TestDatabase.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A storefront killed with SIGKILL in the middle of a stream of channel deliveries: several senders post signed events
 * of many orders (paid, completed, refunded, some twice), the storefront's JVM is killed once a given number of
 * answers came back while other requests are in flight, then started again on the same MySQL database (demo data
 * not reloaded, same secrets), and every delivery that got no 200 is sent again until it does — as a channel does.
 * Afterwards each event sent is applied exactly once, the orders and refunded amounts are those sent, and the
 * ingest invariants hold. Runs on MySQL only (GC_TEST_DB=mysql): the demo's embedded HSQLDB lives in the killed JVM.
 * The database is {@code GC_TEST_MYSQL_CRASH_URL}, which the test empties.
 */
class ChannelCrashIT {

    private static final int LANES = 4;
    private static final int ORDERS = 120;
    private static final long SEED = 20261205L;
    private static final int MAX_RESENDS = 5;

    @Test
    void shouldLoseNothingAndApplyNothingTwiceWhenTheStorefrontIsKilledMidStream() throws Exception {
        if (!RunningDemoMall.isMysql()) {
            throw new IllegalStateException("The crash test needs MySQL (GC_TEST_DB=mysql): the embedded HSQLDB dies "
                    + "with the storefront's JVM");
        }
        String url = setting("GC_TEST_MYSQL_CRASH_URL", "gc.test.mysql.crash.url",
                "jdbc:mysql://127.0.0.1:3306/gc_crash_it");
        DemoLaunch storefront = DemoLaunch.onMysql("it-crash-data", url, RunningDemoMall.mysqlUser(),
                RunningDemoMall.mysqlPassword()).siteOnly();
        ChannelDeliveries stream = new ChannelDeliveries(SEED, ORDERS, LANES);
        int killAfter = stream.deliveryCount() * 2 / 5;

        DemoMall first = storefront.start(true, "it-crash-demo-1.log");
        Senders beforeKill;
        try {
            beforeKill = new Senders(first, killAfter);
            beforeKill.sendAll(stream);
        } finally {
            first.kill();
        }
        List<Delivery> unanswered = unanswered(stream);
        System.out.println("[crash-it] " + stream.deliveryCount() + " deliveries, killed after " + killAfter
                + " answers with " + beforeKill.inFlightAtKill + " in flight; " + unanswered.size()
                + " without a 200");

        assertTrue(beforeKill.killed.get(), "the storefront was killed during the stream");
        assertTrue(beforeKill.inFlightAtKill >= 1, "requests were in flight when it was killed");
        assertTrue(unanswered.size() > beforeKill.inFlightAtKill, "the kill cut the stream short");

        DemoMall again = storefront.start(false, "it-crash-demo-2.log");
        try {
            new Senders(again, Integer.MAX_VALUE).resendUnanswered(stream);
        } finally {
            again.close();
        }
        assertEquals(new ArrayList<Delivery>(), unanswered(stream), "deliveries still without a 200");

        try (Connection db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + TestDatabase.MYSQL_PARAMETERS, RunningDemoMall.mysqlUser(), RunningDemoMall.mysqlPassword())) {
            IngestInvariants.assertHold(db);
            assertEachEventAppliedOnce(db, stream);
            assertEquals(stream.orderCount(), count(db, "SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE ORDER_NO LIKE '"
                    + ChannelDeliveries.ORDER_PREFIX + "%'"), "orders");
            assertEquals(new TreeMap<String, BigDecimal>(stream.paidByLine()), lines(db, "PAID_AMOUNT", false),
                    "paid amounts by line");
            assertEquals(new TreeMap<String, BigDecimal>(stream.refundedByLine()), lines(db, "REFUNDED_AMOUNT", true),
                    "refunded amounts by line");
        }
    }

    /** Every event sent has exactly one APPLIED row; every other row of it is a DUPLICATE; nothing else is there. */
    private static void assertEachEventAppliedOnce(Connection db, ChannelDeliveries stream) throws SQLException {
        Map<String, Map<String, Integer>> rows = new TreeMap<String, Map<String, Integer>>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT CHANNEL_CODE, EVENT_KEY, STATUS, COUNT(*) FROM GC_CHANNEL_EVENT"
                     + " WHERE ORDER_NO LIKE '" + ChannelDeliveries.ORDER_PREFIX + "%'"
                     + " GROUP BY CHANNEL_CODE, EVENT_KEY, STATUS")) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), key -> new TreeMap<String, Integer>())
                        .put(rs.getString(3), rs.getInt(4));
            }
        }
        List<String> wrong = new ArrayList<String>();
        for (String event : stream.events()) {
            Map<String, Integer> statuses = rows.remove(event);
            if (statuses == null || !Integer.valueOf(1).equals(statuses.get("APPLIED"))
                    || statuses.size() > (statuses.containsKey("DUPLICATE") ? 2 : 1)) {
                wrong.add(event + " " + statuses);
            }
        }
        for (Map.Entry<String, Map<String, Integer>> unsent : rows.entrySet()) {
            wrong.add("never sent: " + unsent.getKey() + " " + unsent.getValue());
        }
        assertEquals(new ArrayList<String>(), wrong, "events not applied exactly once");
    }

    private static Map<String, BigDecimal> lines(Connection db, String column, boolean onlyNonZero) throws SQLException {
        Map<String, BigDecimal> amounts = new TreeMap<String, BigDecimal>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT o.CHANNEL_CODE, o.ORDER_NO, l.LINE_NO, l." + column
                     + " FROM GC_CHANNEL_ORDER_LINE l JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = l.CHANNEL_ORDER_ID"
                     + " WHERE o.ORDER_NO LIKE '" + ChannelDeliveries.ORDER_PREFIX + "%'")) {
            while (rs.next()) {
                BigDecimal amount = rs.getBigDecimal(4);
                if (!onlyNonZero || amount.signum() != 0) {
                    amounts.put(ChannelDeliveries.lineKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                            amount.setScale(2));
                }
            }
        }
        return amounts;
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Delivery> unanswered(ChannelDeliveries stream) {
        List<Delivery> left = new ArrayList<Delivery>();
        for (List<Delivery> lane : stream.lanes()) {
            for (Delivery delivery : lane) {
                if (!delivery.done()) {
                    left.add(delivery);
                }
            }
        }
        return left;
    }

    /** One sender thread per lane, each posting its lane's deliveries in order, as a channel's pushers do. */
    private static final class Senders {

        private final DemoMall mall;
        private final int killAfter;
        private final AtomicInteger answers = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger sending = new AtomicInteger();
        final AtomicBoolean killed = new AtomicBoolean();
        volatile int inFlightAtKill;

        Senders(DemoMall mall, int killAfter) {
            this.mall = mall;
            this.killAfter = killAfter;
        }

        /** Sends every lane once; kills the mall after {@code killAfter} answers; a lane stops when the mall is gone. */
        void sendAll(ChannelDeliveries stream) throws Exception {
            runLanes(stream, false);
        }

        /** Sends every delivery without a 200 again, each until it gets one (a few tries at most). */
        void resendUnanswered(ChannelDeliveries stream) throws Exception {
            runLanes(stream, true);
        }

        private void runLanes(ChannelDeliveries stream, boolean resend) throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(stream.lanes().size());
            try {
                List<Future<?>> lanes = new ArrayList<Future<?>>();
                sending.set(stream.lanes().size());
                for (List<Delivery> lane : stream.lanes()) {
                    lanes.add(threads.submit(() -> {
                        try {
                            if (resend) {
                                resend(lane);
                            } else {
                                send(lane);
                            }
                        } finally {
                            sending.decrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> lane : lanes) {
                    lane.get(5, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdownNow();
            }
        }

        private void send(List<Delivery> lane) throws Exception {
            for (Delivery delivery : lane) {
                if (!post(delivery)) {
                    return;
                }
            }
        }

        private void resend(List<Delivery> lane) throws Exception {
            for (Delivery delivery : lane) {
                for (int attempt = 0; attempt < MAX_RESENDS && !delivery.done(); attempt++) {
                    post(delivery);
                }
            }
        }

        /** Posts once; false when the mall did not answer (it is gone). */
        private boolean post(Delivery delivery) throws Exception {
            HttpResponse<String> response;
            inFlight.incrementAndGet();
            try {
                response = mall.postChannelEvent(delivery.channel, delivery.secret, delivery.body);
            } catch (IOException lost) {
                return false;
            } finally {
                inFlight.decrementAndGet();
            }
            delivery.answer = response.body();
            delivery.answered = response.statusCode();
            if (answers.incrementAndGet() == killAfter) {
                killWhileOthersAreInFlight();
            }
            return true;
        }

        /** Waits until another sender has a request out (unless none is left sending), then kills the mall. */
        private void killWhileOthersAreInFlight() throws InterruptedException {
            while (inFlight.get() == 0 && sending.get() > 1) {
                Thread.onSpinWait();
            }
            inFlightAtKill = inFlight.get();
            mall.kill();
            killed.set(true);
        }
    }
}
