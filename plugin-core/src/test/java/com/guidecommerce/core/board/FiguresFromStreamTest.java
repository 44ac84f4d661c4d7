package com.guidecommerce.core.board;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.board.job.FigureCheckJob;
import com.guidecommerce.core.board.service.FigureCheckResult;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OpenMonths;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated stream goes through the real ingest (refunds on later days, refunds before their orders, deliveries sent
 * twice, buyers identified later by HQ) and real bindings; the figures then equal the totals worked out from the
 * stream, the nightly check finds no drift among them, and finds (and sets right) a figure changed behind its back.
 */
@ExtendWith(BroadleafContextExtension.class)
class FiguresFromStreamTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcIdentityService")
    IdentityService identityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "gcJobRunner")
    JobRunner runner;

    @Resource(name = "gcFigureCheckJob")
    FigureCheckJob job;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @AfterEach
    void reopenTheMonthsNotOverYet() {
        OpenMonths.reopen(jdbc);
    }

    @Test
    void shouldGiveTheStreamsFiguresAndNoDriftThenSetRightAFigureChangedBehindItsBack() {
        Instant start = Instant.ofEpochMilli(clock.start()).plus(Duration.ofDays(200));
        StreamWorld world = world(new ZoneId[] {SHANGHAI, SHANGHAI, LOS_ANGELES}, 9);
        FigureStream stream = new FigureStream(20261206L, "FS" + System.nanoTime() % 100000, start,
                new int[] {0, 0, 0, 1, 1, 1, 2, 2, -1}, new int[] {5, 2}, 60);

        world.bind(stream);
        world.deliver(stream, 4);
        world.identifyAll(stream, start.plus(Duration.ofHours(80)));

        assertTrue(world.expectedRows(stream).split("\n").length >= 10, world.expectedRows(stream));
        assertEquals(world.expectedRows(stream), world.storedRows());
        assertTrue(world.ledgerCommission().split("\n").length >= 5, world.ledgerCommission());
        assertEquals(world.ledgerCommission(), world.storedCommission());
        assertEquals(world.storeTotalsFromGuides(), world.storeTotals());

        clock.at(Duration.between(Instant.ofEpochMilli(clock.start()), start.plus(Duration.ofDays(4))).toMillis());
        JobRunResult<FigureCheckResult> clean = runner.runNow(job, "figures-test");
        assertTrue(clean.isRan(), "the check ran");
        assertEquals(0, world.driftOf(clean.getRun().getId()).size());
        assertTrue(clean.getResult().getRowsChecked() >= world.storedRows().split("\n").length);

        String sale = world.storedRows().split("\n")[0];
        jdbc.update("UPDATE GC_FIG_GUIDE_DAY SET SALES = SALES + 5 WHERE GUIDE_ID = ? AND DAY = ?",
                world.guides.get(0).getId(), java.sql.Date.valueOf(world.firstDayOf(0)));
        JobRunResult<FigureCheckResult> fixing = runner.runNow(job, "figures-test");

        List<String> drift = world.driftOf(fixing.getRun().getId());
        assertEquals(1, drift.size(), drift.toString());
        assertTrue(drift.get(0).startsWith("GC_FIG_GUIDE_DAY SALES"), drift.get(0));
        assertEquals(sale, world.storedRows().split("\n")[0]);
        assertEquals(world.expectedRows(stream), world.storedRows());
    }

    private StreamWorld world(ZoneId[] zoneOfGuide, int members) {
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        Channel channel = commission.channel("FG", CommissionStart.PAID, 7, "fg-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        StreamWorld world = new StreamWorld(this, channel, zoneOfGuide);
        Map<ZoneId, Store> stores = new TreeMap<ZoneId, Store>((a, b) -> a.getId().compareTo(b.getId()));
        for (ZoneId zone : zoneOfGuide) {
            if (!stores.containsKey(zone)) {
                Store store = organisation.store();
                store.setTimeZoneId(zone.getId());
                stores.put(zone, organisationService.saveStore(store));
            }
            world.guides.add(organisation.guide(stores.get(zone)));
        }
        for (int i = 0; i < members; i++) {
            world.members.add(organisation.member());
        }
        return world;
    }

    void at(Instant moment) {
        clock.at(moment.toEpochMilli() - clock.start());
    }

    /** The organisation, members and channel of one stream, and reading back what its figures became. */
    static final class StreamWorld {

        final FiguresFromStreamTest test;
        final Channel channel;
        final ZoneId[] zoneOfGuide;
        final List<Guide> guides = new ArrayList<Guide>();
        final List<Customer> members = new ArrayList<Customer>();

        StreamWorld(FiguresFromStreamTest test, Channel channel, ZoneId[] zoneOfGuide) {
            this.test = test;
            this.channel = channel;
            this.zoneOfGuide = zoneOfGuide;
        }

        void bind(FigureStream stream) {
            List<Integer> bound = new ArrayList<Integer>();
            for (FigureStream.Binding binding : stream.bindings) {
                test.at(binding.at);
                BindingSource source = bound.contains(binding.member) ? BindingSource.ADMIN : BindingSource.STORE_QR;
                test.bindingService.bind(members.get(binding.member), guides.get(binding.guide), source, "test", null);
                bound.add(binding.member);
            }
        }

        void deliver(FigureStream stream, int perBatch) {
            List<FigureStream.Delivery> all = stream.deliveries;
            for (int from = 0; from < all.size(); from += perBatch) {
                List<String> bodies = new ArrayList<String>();
                Instant sent = null;
                for (FigureStream.Delivery delivery : all.subList(from, Math.min(all.size(), from + perBatch))) {
                    bodies.add(withMembers(delivery.body));
                    sent = delivery.sentAt;
                }
                test.at(sent);
                test.ingestService.ingestAll(channel, IngestSource.API, bodies);
            }
        }

        void identifyAll(FigureStream stream, Instant at) {
            test.at(at);
            for (FigureStream.Order order : stream.orders) {
                if (order.anonymous) {
                    test.identityService.identify(orderId(order.orderNo), members.get(order.member).getId(), "hq");
                }
            }
        }

        Long orderId(String orderNo) {
            return test.jdbc.queryForObject("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ?"
                    + " AND ORDER_NO = ?", Long.class, channel.getCode(), orderNo.toUpperCase());
        }

        private String withMembers(String body) {
            String replaced = body;
            for (int i = 0; i < members.size(); i++) {
                replaced = replaced.replace("%MEMBER" + i + "%", String.valueOf(members.get(i).getId()));
            }
            return replaced;
        }

        String expectedRows(FigureStream stream) {
            StringBuilder rows = new StringBuilder();
            Map<Integer, Map<LocalDate, BigDecimal[]>> expected = stream.expected(zoneOfGuide);
            for (int guide = 0; guide < guides.size(); guide++) {
                if (expected.containsKey(guide)) {
                    for (Map.Entry<LocalDate, BigDecimal[]> day : expected.get(guide).entrySet()) {
                        rows.append(row(guide, day.getKey(), day.getValue()));
                    }
                }
            }
            return rows.toString();
        }

        String storedRows() {
            StringBuilder rows = new StringBuilder();
            for (int guide = 0; guide < guides.size(); guide++) {
                for (Map<String, Object> r : test.jdbc.queryForList("SELECT DAY, SALES, REFUNDS, ORDERS,"
                        + " REFUNDED_ORDERS, BINDINGS, NEW_MEMBERS FROM GC_FIG_GUIDE_DAY WHERE GUIDE_ID = ?"
                        + " AND (SALES <> 0 OR REFUNDS <> 0 OR ORDERS <> 0 OR BINDINGS <> 0) ORDER BY DAY",
                        guides.get(guide).getId())) {
                    rows.append(row(guide, ((java.sql.Date) r.get("DAY")).toLocalDate(), new BigDecimal[] {
                        number(r.get("SALES")), number(r.get("REFUNDS")), number(r.get("ORDERS")),
                        number(r.get("REFUNDED_ORDERS")), number(r.get("BINDINGS")), number(r.get("NEW_MEMBERS"))}));
                }
            }
            return rows.toString();
        }

        LocalDate firstDayOf(int guide) {
            return test.jdbc.queryForObject("SELECT MIN(DAY) FROM GC_FIG_GUIDE_DAY WHERE GUIDE_ID = ? AND SALES <> 0",
                    java.sql.Date.class, guides.get(guide).getId()).toLocalDate();
        }

        /** Guides' commission and reversals per store-local day, summed here from the ledger's own rows. */
        String ledgerCommission() {
            final Map<String, BigDecimal[]> days = new TreeMap<String, BigDecimal[]>();
            for (int guide = 0; guide < guides.size(); guide++) {
                final int index = guide;
                test.jdbc.query("SELECT KIND, AMOUNT, CREATED_AT FROM GC_COMMISSION_ENTRY"
                        + " WHERE BENEFICIARY_TYPE = 'GUIDE' AND BENEFICIARY_ID = ?", (ResultSet rs) -> {
                            LocalDate day = rs.getTimestamp(3).toInstant().atZone(zoneOfGuide[index]).toLocalDate();
                            String key = index + " " + day;
                            if (!days.containsKey(key)) {
                                days.put(key, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                            }
                            int slot = "COMMISSION".equals(rs.getString(1)) ? 0 : 1;
                            days.get(key)[slot] = days.get(key)[slot].add(rs.getBigDecimal(2).abs());
                        }, guides.get(guide).getId());
            }
            return render(days);
        }

        String storedCommission() {
            Map<String, BigDecimal[]> days = new TreeMap<String, BigDecimal[]>();
            for (int guide = 0; guide < guides.size(); guide++) {
                for (Map<String, Object> r : test.jdbc.queryForList("SELECT DAY, COMMISSION, COMMISSION_REVERSED"
                        + " FROM GC_FIG_GUIDE_DAY WHERE GUIDE_ID = ? AND (COMMISSION <> 0 OR COMMISSION_REVERSED <> 0)",
                        guides.get(guide).getId())) {
                    days.put(guide + " " + ((java.sql.Date) r.get("DAY")).toLocalDate(), new BigDecimal[] {
                        number(r.get("COMMISSION")), number(r.get("COMMISSION_REVERSED"))});
                }
            }
            return render(days);
        }

        /** Per store and day, the guides' rows added up: what the store rows (all channels) must hold. */
        String storeTotalsFromGuides() {
            return storeSums("SELECT STORE_ID, DAY, SUM(SALES), SUM(REFUNDS), SUM(ORDERS), SUM(BINDINGS),"
                    + " SUM(COMMISSION) FROM GC_FIG_GUIDE_DAY WHERE STORE_ID IN (?, ?) GROUP BY STORE_ID, DAY");
        }

        String storeTotals() {
            return storeSums("SELECT STORE_ID, DAY, SUM(SALES), SUM(REFUNDS), SUM(ORDERS), SUM(BINDINGS),"
                    + " SUM(COMMISSION) FROM GC_FIG_STORE_DAY WHERE STORE_ID IN (?, ?) GROUP BY STORE_ID, DAY");
        }

        private String storeSums(String sql) {
            Map<String, BigDecimal[]> sums = new TreeMap<String, BigDecimal[]>();
            for (Map<String, Object> r : test.jdbc.queryForList(sql, guides.get(0).getStore().getId(),
                    guides.get(guides.size() - 1).getStore().getId())) {
                List<Object> values = new ArrayList<Object>(r.values());
                sums.put(values.get(0) + " " + values.get(1), new BigDecimal[] {number(values.get(2)),
                    number(values.get(3)), number(values.get(4)), number(values.get(5)), number(values.get(6))});
            }
            return render(sums);
        }

        /** The GC_FIG_DRIFT rows the run recorded for this world's stores. */
        List<String> driftOf(long runId) {
            List<String> drift = new ArrayList<String>();
            for (Map<String, Object> r : test.jdbc.queryForList("SELECT FIGURE_TABLE, METRIC, STORED_VALUE,"
                    + " RECOMPUTED_VALUE FROM GC_FIG_DRIFT WHERE JOB_RUN_ID = ? AND STORE_ID IN (?, ?)", runId,
                    guides.get(0).getStore().getId(), guides.get(guides.size() - 1).getStore().getId())) {
                drift.add(r.get("FIGURE_TABLE") + " " + r.get("METRIC") + " " + number(r.get("STORED_VALUE")) + " -> "
                        + number(r.get("RECOMPUTED_VALUE")));
            }
            return drift;
        }

        private static String row(int guide, LocalDate day, BigDecimal[] figures) {
            StringBuilder row = new StringBuilder("guide ").append(guide).append(' ').append(day);
            for (BigDecimal figure : figures) {
                row.append(' ').append(figure.stripTrailingZeros().toPlainString());
            }
            return row.append('\n').toString();
        }

        private static String render(Map<String, BigDecimal[]> rows) {
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, BigDecimal[]> row : rows.entrySet()) {
                text.append(row.getKey());
                for (BigDecimal value : row.getValue()) {
                    text.append(' ').append(value.stripTrailingZeros().toPlainString());
                }
                text.append('\n');
            }
            return text.toString();
        }

        private static BigDecimal number(Object value) {
            return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
        }
    }
}
