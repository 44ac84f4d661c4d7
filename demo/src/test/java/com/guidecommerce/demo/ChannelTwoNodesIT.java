package com.guidecommerce.demo;

import com.guidecommerce.core.test.IngestInvariants;
import com.guidecommerce.core.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.guidecommerce.core.test.TestDatabase.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two storefront nodes, two JVMs, on one MySQL database, taking deliveries of the same orders at the same moment: every
 * order's payment, completion and more refunds than it can take (each sent twice), shuffled and posted by eight
 * senders, half to each node. Whatever node applies what, each order must end as if its deliveries had come one by
 * one to a single node: five refunds applied and the rest refused, nothing waiting, every invariant of the ledger
 * intact. Runs on MySQL only (GC_TEST_DB=mysql), on {@code GC_TEST_MYSQL_NODES_URL}, which the test empties.
 */
class ChannelTwoNodesIT {

    private static final String CHANNEL = "TMALL";
    private static final String SECRET = "demo-tmall-secret";
    private static final int ORDERS = 40;
    /** Refunds of 20.00 + 10.00 per order: lines of 100.00 and 50.00 take five, the rest must be refused. */
    private static final int REFUNDS = 8;
    private static final int FITTING_REFUNDS = 5;
    private static final int SENDERS = 8;

    @Test
    void shouldApplyDeliveriesOfOneOrderReceivedByTwoNodesAtOnceAsIfOneByOne() throws Exception {
        if (!RunningDemoMall.isMysql()) {
            throw new IllegalStateException("Two nodes need a database both can reach: run with GC_TEST_DB=mysql");
        }
        String url = setting("GC_TEST_MYSQL_NODES_URL", "gc.test.mysql.nodes.url",
                "jdbc:mysql://127.0.0.1:3306/gc_nodes_it");
        DemoLaunch first = DemoLaunch.onMysql("it-nodes-data", url, RunningDemoMall.mysqlUser(),
                RunningDemoMall.mysqlPassword()).siteOnly();
        String run = "N" + System.currentTimeMillis() % 100000;
        List<String> deliveries = deliveries(run);

        DemoMall nodeA = first.start(true, "it-nodes-a.log");
        DemoMall nodeB = null;
        try {
            nodeB = first.anotherNode().start(false, "it-nodes-b.log");
            Map<Integer, Integer> answers = sendThroughBoth(deliveries, nodeA, nodeB);
            assertEquals(Collections.emptyMap(), filter(answers), "answers other than 200 and 400 (by status)");
        } finally {
            nodeA.close();
            if (nodeB != null) {
                nodeB.close();
            }
        }

        try (Connection db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + TestDatabase.MYSQL_PARAMETERS, RunningDemoMall.mysqlUser(), RunningDemoMall.mysqlPassword())) {
            IngestInvariants.assertHold(db, CHANNEL);
            String mine = " WHERE CHANNEL_CODE = '" + CHANNEL + "' AND ORDER_NO LIKE '" + run + "-%'";
            assertEquals(ORDERS * (2 + FITTING_REFUNDS), count(db, "SELECT COUNT(*) FROM GC_CHANNEL_EVENT" + mine
                    + " AND STATUS = 'APPLIED'"), "applied events");
            assertEquals(ORDERS * (REFUNDS - FITTING_REFUNDS), count(db, "SELECT COUNT(DISTINCT EVENT_KEY)"
                    + " FROM GC_CHANNEL_EVENT" + mine + " AND STATUS = 'REJECTED'"), "refunds refused");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM GC_CHANNEL_EVENT" + mine
                    + " AND STATUS IN ('WAITING', 'RECEIVED', 'FAILED')"), "deliveries not settled");
            assertEquals(ORDERS, count(db, "SELECT COUNT(*) FROM GC_CHANNEL_ORDER" + mine
                    + " AND REFUNDED_AMOUNT = PAID_AMOUNT AND COMPLETED_AT IS NOT NULL"), "orders fully refunded");
            assertEquals(0, total(db, "SELECT COALESCE(SUM(e.AMOUNT), 0) FROM GC_COMMISSION_ENTRY e"
                    + " JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = '"
                    + CHANNEL + "' AND o.ORDER_NO LIKE '" + run + "-%'").signum(), "commission left");
        }
    }

    /** Every order's deliveries, each twice, shuffled. */
    private static List<String> deliveries(String run) {
        OffsetDateTime paidAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime later = paidAt.plusDays(1);
        List<String> deliveries = new ArrayList<String>();
        for (int order = 1; order <= ORDERS; order++) {
            String orderNo = run + "-" + order;
            List<String> events = new ArrayList<String>();
            events.add("{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + paidAt + "\","
                    + "\"buyer\":{\"memberNo\":\"" + ChannelDeliveries.MEMBER_NO + "\"},\"lines\":["
                    + "{\"lineNo\":\"1\",\"paidAmount\":\"100.00\"},{\"lineNo\":\"2\",\"paidAmount\":\"50.00\"}]}");
            events.add("{\"type\":\"ORDER_COMPLETED\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + later + "\"}");
            for (int refund = 1; refund <= REFUNDS; refund++) {
                events.add("{\"type\":\"REFUND\",\"orderNo\":\"" + orderNo + "\",\"refundNo\":\"R" + refund + "\","
                        + "\"occurredAt\":\"" + later + "\",\"lines\":[{\"lineNo\":\"1\",\"amount\":\"20.00\"},"
                        + "{\"lineNo\":\"2\",\"amount\":\"10.00\"}]}");
            }
            deliveries.addAll(events);
            deliveries.addAll(events);
        }
        Collections.shuffle(deliveries, new Random(20261205L));
        return deliveries;
    }

    /** Deals the deliveries to the senders, even senders posting to node A and odd ones to node B, all at once. */
    private static Map<Integer, Integer> sendThroughBoth(List<String> deliveries, DemoMall nodeA, DemoMall nodeB)
            throws Exception {
        Map<Integer, Integer> answers = new TreeMap<Integer, Integer>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Map<Integer, Integer>>> sent = new ArrayList<Future<Map<Integer, Integer>>>();
            for (int sender = 0; sender < SENDERS; sender++) {
                DemoMall node = sender % 2 == 0 ? nodeA : nodeB;
                List<String> lane = new ArrayList<String>();
                for (int i = sender; i < deliveries.size(); i += SENDERS) {
                    lane.add(deliveries.get(i));
                }
                sent.add(senders.submit(() -> {
                    Map<Integer, Integer> statuses = new TreeMap<Integer, Integer>();
                    for (String body : lane) {
                        HttpResponse<String> response = node.postChannelEvent(CHANNEL, SECRET,
                                body.getBytes(StandardCharsets.UTF_8));
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                    }
                    return statuses;
                }));
            }
            for (Future<Map<Integer, Integer>> lane : sent) {
                lane.get(5, TimeUnit.MINUTES).forEach((status, n) -> answers.merge(status, n, Integer::sum));
            }
        } finally {
            senders.shutdownNow();
        }
        System.out.println("[nodes-it] " + deliveries.size() + " deliveries through two nodes, answers " + answers);
        return answers;
    }

    /** The answers a channel must never see here: anything but accepted/duplicate (200) and a refused refund (400). */
    private static Map<Integer, Integer> filter(Map<Integer, Integer> answers) {
        Map<Integer, Integer> other = new TreeMap<Integer, Integer>(answers);
        other.remove(200);
        other.remove(400);
        return other;
    }

    private static int count(Connection db, String sql) throws SQLException {
        return total(db, sql).intValueExact();
    }

    private static BigDecimal total(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
