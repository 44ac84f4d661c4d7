package com.guidecommerce.bench;

import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

/**
 * The boards benchmark's data: the organisation through {@link OrganisationService} (as the admin would create it), then
 * the daily guide and store×channel figures for the days ending today and the monthly rollups of the closed months
 * (marked rolled up in GC_FIG_MONTH) with batched multi-row JDBC inserts, as the figure writer and the rollup would
 * have left them. A seed of the same sizes ending today is reused as it is.
 */
final class BoardsSeed {

    private static final int STORES_PER_TRANSACTION = 200;
    private static final int JDBC_BATCH = 5000;
    private static final String METRICS = "SALES, REFUNDS, ORDERS, REFUNDED_ORDERS, NEW_MEMBERS, BINDINGS, COMMISSION,"
            + " COMMISSION_REVERSED, UPDATED_AT";
    private static final String SUMS = "SUM(SALES), SUM(REFUNDS), SUM(ORDERS), SUM(REFUNDED_ORDERS), SUM(NEW_MEMBERS),"
            + " SUM(BINDINGS), SUM(COMMISSION), SUM(COMMISSION_REVERSED), MAX(UPDATED_AT)";
    private static final String MONTH_OF_DAY = "DATE_SUB(DAY, INTERVAL DAYOFMONTH(DAY) - 1 DAY)";

    /** Where a guide works: ids of the guide, store, region and franchisee (0 for none). */
    record Placed(long guideId, long storeId, long regionId, long franchiseeId) {
    }

    private final ApplicationContext context;
    private final BoardsOptions options;
    private final LocalDate today;

    BoardsSeed(ApplicationContext context, BoardsOptions options, LocalDate today) {
        this.context = context;
        this.options = options;
        this.today = today;
    }

    /** Seeds unless an equal seed ending today is there; answers the active guides' placements either way. */
    List<Placed> run() throws SQLException {
        String marker = options.guides + "/" + options.stores + "/" + options.regions + "/" + options.franchisees + "/"
                + options.days + "/" + options.seed + "/" + today;
        try (Connection c = BenchContext.connect(options.connection); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS BENCH_BOARDS_SEED (MARKER VARCHAR(200) NOT NULL)");
            String found = null;
            try (ResultSet rs = s.executeQuery("SELECT MARKER FROM BENCH_BOARDS_SEED")) {
                if (rs.next()) {
                    found = rs.getString(1);
                }
            }
            if (!options.reseed && marker.equals(found)) {
                System.out.println("[boards] reusing the seed " + marker + " (guides/stores/regions/franchisees/days/"
                        + "seed/last day); --reseed seeds again");
                return placements(c);
            }
            System.out.println("[boards] seeding " + marker + (found == null ? "" : " (found " + found + ")"));
            s.execute("DELETE FROM BENCH_BOARDS_SEED");
        }
        if (!BenchContext.emptyTables(options.connection)) {
            throw new SQLException("Could not empty the benchmark database's tables; run with --fresh");
        }
        long t0 = System.nanoTime();
        organisation();
        System.out.printf("[boards] organisation: %,d regions, %,d franchisees, %,d stores, %,d guides in %.1f s%n",
                options.regions, options.franchisees, options.stores, options.guides, (System.nanoTime() - t0) / 1e9);
        try (Connection c = BenchContext.connect(options.connection)) {
            List<Placed> guides = placements(c);
            long t1 = System.nanoTime();
            long[] rows = figures(c, guides);
            System.out.printf("[boards] figures: %,d guide-day rows, %,d store-day rows over %d days in %.1f s%n",
                    rows[0], rows[1], options.days, (System.nanoTime() - t1) / 1e9);
            long t2 = System.nanoTime();
            int months = rollups(c);
            System.out.printf("[boards] monthly rollups of %d closed months in %.1f s%n", months,
                    (System.nanoTime() - t2) / 1e9);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO BENCH_BOARDS_SEED VALUES (?)")) {
                p.setString(1, marker);
                p.executeUpdate();
            }
        }
        return placementsAfterSeed();
    }

    private List<Placed> placementsAfterSeed() throws SQLException {
        try (Connection c = BenchContext.connect(options.connection)) {
            return placements(c);
        }
    }

    private static List<Placed> placements(Connection c) throws SQLException {
        List<Placed> placed = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT g.GUIDE_ID, g.STORE_ID,"
                + " s.REGION_ID, s.FRANCHISEE_ID FROM GC_GUIDE g JOIN GC_STORE s ON s.STORE_ID = g.STORE_ID"
                + " WHERE g.STATUS = 'ACTIVE' ORDER BY g.GUIDE_ID")) {
            while (rs.next()) {
                placed.add(new Placed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return placed;
    }

    private void organisation() {
        OrganisationService organisation = context.getBean("gcOrganisationService", OrganisationService.class);
        TransactionTemplate transaction = new TransactionTemplate(
                context.getBean("blTransactionManager", PlatformTransactionManager.class));
        Date hired = java.sql.Date.valueOf(today.minusDays(options.days + 30L));
        List<Region> regions = transaction.execute(status -> {
            List<Region> saved = new ArrayList<>();
            for (int r = 0; r < options.regions; r++) {
                Region region = organisation.createRegion();
                region.setCode("BR" + (r + 1));
                region.setName("Region " + (r + 1));
                saved.add(organisation.saveRegion(region));
            }
            return saved;
        });
        List<Franchisee> franchisees = transaction.execute(status -> {
            List<Franchisee> saved = new ArrayList<>();
            for (int f = 0; f < options.franchisees; f++) {
                Franchisee franchisee = organisation.createFranchisee();
                franchisee.setCode(String.format("BF%04d", f + 1));
                franchisee.setName("Franchisee " + (f + 1));
                saved.add(organisation.saveFranchisee(franchisee));
            }
            return saved;
        });
        for (int first = 0; first < options.stores; first += STORES_PER_TRANSACTION) {
            int from = first;
            int to = Math.min(options.stores, first + STORES_PER_TRANSACTION);
            transaction.execute(status -> {
                for (int s = from; s < to; s++) {
                    Store store = organisation.createStore();
                    store.setCode(String.format("BS%05d", s + 1));
                    store.setName("Store " + (s + 1));
                    store.setRegion(regions.get(s % regions.size()));
                    store.setFranchisee(s % 10 == 9 ? null : franchisees.get(s % franchisees.size()));
                    store.setTimeZoneId("Asia/Shanghai");
                    store = organisation.saveStore(store);
                    // Guides g with g % stores == s work in store s.
                    for (int g = s; g < options.guides; g += options.stores) {
                        Guide guide = organisation.createGuide();
                        guide.setGuideCode(String.format("BG%06d", g + 1));
                        guide.setEmployeeNo(String.format("BE%06d", g + 1));
                        guide.setName("Guide " + (g + 1));
                        guide.setStore(store);
                        guide.setRole(g == s ? GuideRole.STORE_MANAGER : GuideRole.GUIDE);
                        guide.setHireDate(hired);
                        organisation.saveGuide(guide);
                    }
                }
                return null;
            });
        }
    }

    /**
     * Writes the daily figures: each guide has a talent drawn from a heavy-tailed distribution (a few top guides, many
     * small ones) that sets how often they sell and how much; a store's figures are its guides' split over as many
     * channels as it had orders that day (bindings and new members on channel '').
     */
    private long[] figures(Connection c, List<Placed> guides) throws SQLException {
        Random random = new Random(options.seed);
        double[] talent = new double[guides.size()];
        for (int g = 0; g < talent.length; g++) {
            talent[g] = Math.exp(random.nextGaussian() * 1.1);
        }
        List<String> channels = BenchChannels.CODES;
        double[] channelShare = {0.30, 0.22, 0.08, 0.15, 0.20, 0.05};
        long guideRows = 0;
        long storeRows = 0;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        c.setAutoCommit(false);
        try (PreparedStatement guideDay = c.prepareStatement("INSERT INTO GC_FIG_GUIDE_DAY (DAY, GUIDE_ID, STORE_ID,"
                + " REGION_ID, FRANCHISEE_ID, " + METRICS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement storeDay = c.prepareStatement("INSERT INTO GC_FIG_STORE_DAY (DAY, STORE_ID,"
                     + " CHANNEL_CODE, REGION_ID, FRANCHISEE_ID, " + METRICS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " ?, ?, ?, ?, ?)")) {
            for (LocalDate day = today.minusDays(options.days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
                java.sql.Date sqlDay = java.sql.Date.valueOf(day);
                // Per store of the day: sales, refunds, orders, refunded orders, new members, bindings (cents/counts).
                java.util.Map<Long, long[]> stores = new java.util.TreeMap<>();
                java.util.Map<Long, Placed> storePlaces = new java.util.HashMap<>();
                for (int g = 0; g < guides.size(); g++) {
                    Placed guide = guides.get(g);
                    if (random.nextDouble() >= Math.min(0.9, 0.2 * talent[g])) {
                        continue;
                    }
                    int orders = 1 + (int) (random.nextDouble() * 2 * talent[g]);
                    long sales = 0;
                    for (int o = 0; o < orders; o++) {
                        sales += 5_000 + (long) (random.nextDouble() * 45_000);
                    }
                    boolean refunded = random.nextDouble() < 0.06;
                    long refunds = refunded ? sales / (2 + random.nextInt(4)) : 0;
                    int newMembers = random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 0;
                    int bindings = newMembers + (random.nextDouble() < 0.2 ? 1 : 0);
                    setFigure(guideDay, sqlDay, guide, sales, refunds, orders, refunded ? 1 : 0, newMembers, bindings,
                            now);
                    guideDay.setLong(2, guide.guideId());
                    guideDay.setLong(3, guide.storeId());
                    guideDay.addBatch();
                    guideRows++;
                    long[] store = stores.computeIfAbsent(guide.storeId(), k -> new long[6]);
                    storePlaces.putIfAbsent(guide.storeId(), guide);
                    store[0] += sales;
                    store[1] += refunds;
                    store[2] += orders;
                    store[3] += refunded ? 1 : 0;
                    store[4] += newMembers;
                    store[5] += bindings;
                    if (guideRows % JDBC_BATCH == 0) {
                        guideDay.executeBatch();
                        c.commit();
                    }
                }
                for (java.util.Map.Entry<Long, long[]> entry : stores.entrySet()) {
                    long[] total = entry.getValue();
                    Placed place = storePlaces.get(entry.getKey());
                    // The day's orders came through as many channels as there were orders (six at the most).
                    int used = (int) Math.min(channels.size(), total[2]);
                    int offset = random.nextInt(channels.size());
                    double usedShare = 0;
                    for (int i = 0; i < used; i++) {
                        usedShare += channelShare[(offset + i) % channels.size()];
                    }
                    long salesLeft = total[0];
                    long refundsLeft = total[1];
                    long ordersLeft = total[2];
                    long refundedLeft = total[3];
                    for (int i = 0; i < used; i++) {
                        int ch = (offset + i) % channels.size();
                        double share = channelShare[ch] / usedShare;
                        boolean last = i == used - 1;
                        long sales = last ? salesLeft : Math.round(total[0] * share);
                        long refunds = last ? refundsLeft : Math.round(total[1] * share);
                        long orders = last ? ordersLeft : Math.min(ordersLeft - (used - 1 - i),
                                Math.max(1, Math.round(total[2] * share)));
                        long refundedOrders = last ? refundedLeft : Math.min(refundedLeft,
                                Math.round(total[3] * share));
                        salesLeft -= sales;
                        refundsLeft -= refunds;
                        ordersLeft -= orders;
                        refundedLeft -= refundedOrders;
                        storeRows += addStoreRow(storeDay, sqlDay, place, channels.get(ch), sales, refunds,
                                (int) orders, (int) refundedOrders, 0, 0, now);
                    }
                    if (total[5] != 0) {
                        storeRows += addStoreRow(storeDay, sqlDay, place, "", 0, 0, 0, 0, (int) total[4],
                                (int) total[5], now);
                    }
                }
                guideDay.executeBatch();
                storeDay.executeBatch();
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
        return new long[] {guideRows, storeRows};
    }

    private static int addStoreRow(PreparedStatement storeDay, java.sql.Date day, Placed place, String channel,
                                   long sales, long refunds, int orders, int refundedOrders, int newMembers,
                                   int bindings, Timestamp now) throws SQLException {
        setFigure(storeDay, day, place, sales, refunds, orders, refundedOrders, newMembers, bindings, now);
        storeDay.setLong(2, place.storeId());
        storeDay.setString(3, channel);
        storeDay.addBatch();
        return 1;
    }

    /** Parameters 1 and 4..14 (the key's second and third column are the caller's). Commission: 5 % of the amounts. */
    private static void setFigure(PreparedStatement p, java.sql.Date day, Placed place, long salesCents,
                                  long refundCents, int orders, int refundedOrders, int newMembers, int bindings,
                                  Timestamp now) throws SQLException {
        p.setDate(1, day);
        p.setLong(4, place.regionId());
        if (place.franchiseeId() == 0) {
            p.setNull(5, java.sql.Types.BIGINT);
        } else {
            p.setLong(5, place.franchiseeId());
        }
        p.setBigDecimal(6, BigDecimal.valueOf(salesCents, 2));
        p.setBigDecimal(7, BigDecimal.valueOf(refundCents, 2));
        p.setInt(8, orders);
        p.setInt(9, refundedOrders);
        p.setInt(10, newMembers);
        p.setInt(11, bindings);
        p.setBigDecimal(12, BigDecimal.valueOf(salesCents / 20, 2));
        p.setBigDecimal(13, BigDecimal.valueOf(refundCents / 20, 2));
        p.setTimestamp(14, now);
    }

    /** Marks every month with figures in GC_FIG_MONTH and rolls up the closed ones; answers how many were closed. */
    private int rollups(Connection c) throws SQLException {
        java.sql.Date open = java.sql.Date.valueOf(today.withDayOfMonth(1));
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO GC_FIG_GUIDE_MONTH (MONTH, GUIDE_ID, STORE_ID, REGION_ID, FRANCHISEE_ID, " + METRICS
                    + ") SELECT " + MONTH_OF_DAY + ", GUIDE_ID, STORE_ID, MAX(REGION_ID), MAX(FRANCHISEE_ID), " + SUMS
                    + " FROM GC_FIG_GUIDE_DAY WHERE DAY < '" + open + "' GROUP BY " + MONTH_OF_DAY + ", GUIDE_ID,"
                    + " STORE_ID");
            s.execute("INSERT INTO GC_FIG_STORE_MONTH (MONTH, STORE_ID, CHANNEL_CODE, REGION_ID, FRANCHISEE_ID, "
                    + METRICS + ") SELECT " + MONTH_OF_DAY + ", STORE_ID, CHANNEL_CODE, MAX(REGION_ID),"
                    + " MAX(FRANCHISEE_ID), " + SUMS + " FROM GC_FIG_STORE_DAY WHERE DAY < '" + open + "' GROUP BY "
                    + MONTH_OF_DAY + ", STORE_ID, CHANNEL_CODE");
            s.execute("INSERT INTO GC_FIG_MONTH (MONTH, ROLLED_UP_AT) SELECT DISTINCT " + MONTH_OF_DAY + ", CASE WHEN "
                    + MONTH_OF_DAY + " < '" + open + "' THEN NOW() END FROM GC_FIG_GUIDE_DAY");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM GC_FIG_MONTH WHERE ROLLED_UP_AT IS NOT NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
