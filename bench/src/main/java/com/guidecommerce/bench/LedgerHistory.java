package com.guidecommerce.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The year of ledger before the stream, as the pipeline and settlement would have left it: orders of bound members
 * with 1–5 lines, paid through the year that ends where the stream starts (order numbers {@code H-TM000000001}, which
 * the stream never uses), attributed and priced by the benchmark plan (a sharer on 15 % of orders, the bound guide,
 * the franchisee of franchised stores), completed 2–9 days after payment, one line of every tenth order refunded in
 * full before completion and its commissions reversed. An entry's state follows its age: pending until its order
 * completes, frozen in the 7-day return window, settleable when the window closed in the month before the stream,
 * settled on a confirmed statement the month before that, paid earlier; one statement per beneficiary and month
 * carries its entries' totals. Stops at exactly the asked number of entries.
 */
final class LedgerHistory {

    static final long FIRST_ID = 1000;
    private static final long DAY = 86_400_000L;
    private static final long STREAM_START = StreamGenerator.FIRST_PAID_AT;
    private static final long YEAR_START = STREAM_START - 365 * DAY;
    private static final ZoneId HQ = ZoneId.of("Asia/Shanghai");
    private static final YearMonth STREAM_MONTH = YearMonth.from(Instant.ofEpochMilli(STREAM_START).atZone(HQ));
    private static final String ORDER_COLUMNS = "CHANNEL_ORDER_ID, CHANNEL_CODE, ORDER_NO, CURRENCY_CODE, MEMBER_NO,"
            + " MATCH_STATUS, MATCHED_BY, CUSTOMER_ID, PAID_AT, PAID_AMOUNT, REFUNDED_AMOUNT, COMPLETED_AT,"
            + " RETURN_WINDOW_ENDS_AT, CREATED_AT";
    private static final String LINE_COLUMNS = "ORDER_LINE_ID, CHANNEL_ORDER_ID, LINE_NO, SKU, NAME, PRODUCT_ID,"
            + " CATEGORY_ID, QUANTITY, PAID_AMOUNT, REFUNDED_AMOUNT";
    private static final String ATTRIBUTION_COLUMNS = "CHANNEL_ORDER_ID, CHANNEL_CODE, CUSTOMER_ID, BOUND_GUIDE_ID,"
            + " BINDING_RECORD_ID, SHARER_GUIDE_ID, FRANCHISEE_ID, ATTRIBUTED_AT";
    private static final String ENTRY_COLUMNS = "ENTRY_ID, KIND, ROLE, BENEFICIARY_TYPE, BENEFICIARY_ID,"
            + " BENEFICIARY_CODE, BENEFICIARY_NAME, CHANNEL_CODE, CHANNEL_ORDER_ID, ORDER_LINE_ID, BASE_AMOUNT,"
            + " RATE_PERCENT, AMOUNT, CURRENCY_CODE, STATE, FROZEN_UNTIL, ELIGIBLE_AT, STATEMENT_ID, REVERSES_ENTRY_ID,"
            + " CUSTOMER_ID, BINDING_RECORD_ID, PLAN_ID, PLAN_VERSION, RULE_ID, RULE_SCOPE, CREATED_AT,"
            + " STATE_CHANGED_AT";
    private static final String STATEMENT_COLUMNS = "STATEMENT_ID, STATEMENT_NO, BENEFICIARY_TYPE, BENEFICIARY_ID,"
            + " BENEFICIARY_CODE, BENEFICIARY_NAME, PERIOD_START, PERIOD_END, CURRENCY_CODE, COMMISSION_TOTAL,"
            + " REVERSAL_TOTAL, TOTAL, ENTRY_COUNT, STATUS, GENERATED_AT, GENERATED_BY, CONFIRMED_AT, CONFIRMED_BY,"
            + " PAID_AT, PAID_BY, PAYMENT_REFERENCE";

    /** Who an entry credits. */
    private record Beneficiary(String role, String type, int index, long id, String code, String name) {
    }

    /** Where an order's entries stand when the stream starts, and on which month's statement, if any. */
    private record Standing(String state, Date changedAt, YearMonth month) {
    }

    /** A beneficiary's statement of one month, totals in fen. */
    private static final class Statement {
        final long id;
        final Beneficiary beneficiary;
        final YearMonth month;
        long commissionFen;
        long reversalFen;
        int entries;

        Statement(long id, Beneficiary beneficiary, YearMonth month) {
            this.id = id;
            this.beneficiary = beneficiary;
            this.month = month;
        }
    }

    private final Population population;
    private final LedgerSeed.Plan plan;
    private final long rows;
    private final Random random;
    private final long[] bindingRecordIds;
    private final int[] orderCount = new int[BenchChannels.CODES.size()];
    private final Map<Long, Statement> statements = new LinkedHashMap<>();
    long nextOrderId = FIRST_ID;
    long nextLineId = FIRST_ID;
    long nextEntryId = FIRST_ID;
    long nextStatementId = FIRST_ID;
    private long entryCount;

    LedgerHistory(BenchOptions options, Population population, LedgerSeed.Plan plan) {
        this.population = population;
        this.plan = plan;
        this.rows = options.ledgerRows;
        this.random = new Random(options.seed ^ 0x1ED6E5L);
        // Numbered as the setup imports the bindings: one per bound customer, in customer order.
        this.bindingRecordIds = new long[population.customers];
        long id = 0;
        for (int c = 0; c < population.customers; c++) {
            bindingRecordIds[c] = population.boundGuide[c] < 0 ? 0 : ++id;
        }
    }

    /** Writes the orders, lines, attributions and entries, then the statements; answers the entries written. */
    long write(BenchOptions options) throws SQLException {
        try (LiteralInserts orders = new LiteralInserts(options, "GC_CHANNEL_ORDER", ORDER_COLUMNS);
             LiteralInserts lines = new LiteralInserts(options, "GC_CHANNEL_ORDER_LINE", LINE_COLUMNS);
             LiteralInserts attributions = new LiteralInserts(options, "GC_ORDER_ATTRIBUTION", ATTRIBUTION_COLUMNS);
             LiteralInserts entries = new LiteralInserts(options, "GC_COMMISSION_ENTRY", ENTRY_COLUMNS)) {
            while (entryCount < rows) {
                order(orders, lines, attributions, entries);
            }
        }
        try (LiteralInserts statementRows = new LiteralInserts(options, "GC_SETTLEMENT_STATEMENT",
                STATEMENT_COLUMNS)) {
            for (Statement s : statements.values()) {
                statement(statementRows, s);
            }
        }
        return entryCount;
    }

    private void order(LiteralInserts orders, LiteralInserts lines, LiteralInserts attributions,
                       LiteralInserts entries) throws SQLException {
        long paidAt = YEAR_START + (long) (365 * DAY * ((double) entryCount / rows)) + random.nextInt(60_000);
        int channel = BenchChannels.pick(random.nextInt(100));
        String channelCode = BenchChannels.CODES.get(channel);
        String orderNo = "H-" + BenchChannels.PREFIXES.get(channel) + String.format("%09d", ++orderCount[channel]);
        int customer = random.nextInt(population.customers);
        while (population.boundGuide[customer] < 0) {
            customer = (customer + 1) % population.customers;
        }
        int guide = population.boundGuide[customer];
        int sharer = random.nextInt(100) < 15
                ? (guide + 1 + random.nextInt(population.guides() - 1)) % population.guides() : -1;
        int franchisee = population.franchiseeOfGuide(guide);
        long completedAt = paidAt + (2 + random.nextInt(8)) * DAY + random.nextInt(86_400_000);
        boolean completed = completedAt < STREAM_START;
        Date windowEndsAt = completed ? new Date(completedAt + 7 * DAY) : null;
        OrderFacts facts = new OrderFacts(channelCode, nextOrderId++, customer, new Date(paidAt), windowEndsAt,
                standing(completed, completedAt), beneficiaries(sharer, guide, franchisee));
        int lineCount = 1 + random.nextInt(5);
        int refundedLine = random.nextInt(10) == 0 && paidAt + DAY < STREAM_START ? random.nextInt(lineCount) : -1;
        Date refundedAt = new Date(paidAt + 1 + random.nextInt(86_400_000));
        long paidFen = 0;
        long refundedFen = 0;
        for (int i = 0; i < lineCount; i++) {
            long lineFen = 990 + random.nextInt(99_000);
            int product = 1 + random.nextInt(500);
            long lineId = nextLineId++;
            BigDecimal amount = StreamGenerator.fen(lineFen);
            lines.add(lineId, facts.orderId, String.valueOf(i + 1), "SKU-" + product, "Item " + product,
                    (long) product, (long) (1 + product % 20), 1 + random.nextInt(3), amount,
                    i == refundedLine ? amount : BigDecimal.ZERO);
            paidFen += lineFen;
            refundedFen += i == refundedLine ? lineFen : 0;
            List<BigDecimal> shares = BenchPlan.shares(amount, sharer >= 0, true, franchisee >= 0);
            List<long[]> written = commissions(entries, facts, lineId, amount, shares);
            if (i == refundedLine) {
                reversals(entries, facts, lineId, amount, written, refundedAt);
            }
        }
        long customerId = Population.customerId(customer);
        orders.add(facts.orderId, channelCode, orderNo, "CNY", String.valueOf(customerId), "MATCHED", "MEMBER_NO",
                customerId, facts.paidAt, StreamGenerator.fen(paidFen), StreamGenerator.fen(refundedFen),
                completed ? new Date(completedAt) : null, windowEndsAt, facts.paidAt);
        attributions.add(facts.orderId, channelCode, customerId, population.guideIds[guide],
                bindingRecordIds[customer], sharer < 0 ? null : population.guideIds[sharer],
                franchisee < 0 ? null : population.franchiseeIds[franchisee], facts.paidAt);
    }

    /** What the entries of one order share. */
    private record OrderFacts(String channelCode, long orderId, int customer, Date paidAt, Date windowEndsAt,
                              Standing standing, List<Beneficiary> beneficiaries) {
    }

    /** Writes the line's commissions; answers {entry id, amount in fen, beneficiary position} of each. */
    private List<long[]> commissions(LiteralInserts entries, OrderFacts facts, long lineId, BigDecimal base,
                                     List<BigDecimal> shares) throws SQLException {
        List<long[]> written = new ArrayList<>();
        for (int b = 0; b < shares.size() && entryCount < rows; b++) {
            if (shares.get(b).signum() != 0) {
                long id = entry(entries, facts, facts.beneficiaries.get(b), lineId, "COMMISSION", base, shares.get(b),
                        null, facts.paidAt);
                written.add(new long[] {id, StreamGenerator.toFen(shares.get(b)), b});
            }
        }
        return written;
    }

    /** A full refund before completion: each commission reversed, on the same statement as it. */
    private void reversals(LiteralInserts entries, OrderFacts facts, long lineId, BigDecimal base,
                           List<long[]> commissions, Date at) throws SQLException {
        for (long[] commission : commissions) {
            if (entryCount < rows) {
                entry(entries, facts, facts.beneficiaries.get((int) commission[2]), lineId, "REVERSAL", base,
                        StreamGenerator.fen(-commission[1]), commission[0], at);
            }
        }
    }

    private long entry(LiteralInserts entries, OrderFacts facts, Beneficiary b, long lineId, String kind,
                       BigDecimal base, BigDecimal amount, Long reverses, Date createdAt) throws SQLException {
        long id = nextEntryId++;
        Standing standing = facts.standing;
        Statement statement = standing.month == null ? null : statement(b, standing.month);
        if (statement != null) {
            statement.entries++;
            if (amount.signum() > 0) {
                statement.commissionFen += StreamGenerator.toFen(amount);
            } else {
                statement.reversalFen += StreamGenerator.toFen(amount);
            }
        }
        entries.add(id, kind, b.role, b.type, b.id, b.code, b.name, facts.channelCode, facts.orderId, lineId, base,
                plan.ratePercent(b.role), amount, "CNY", standing.state, facts.windowEndsAt, facts.windowEndsAt,
                statement == null ? null : statement.id, reverses, Population.customerId(facts.customer),
                bindingRecordIds[facts.customer], plan.planId(), 1, plan.ruleId(b.role), plan.ruleScope(b.role),
                createdAt, standing.state.equals("PENDING") ? createdAt : standing.changedAt);
        entryCount++;
        return id;
    }

    /** In the plan's order: the sharer if any, the bound guide, the franchisee of a franchised store. */
    private List<Beneficiary> beneficiaries(int sharer, int boundGuide, int franchisee) {
        List<Beneficiary> list = new ArrayList<>(3);
        if (sharer >= 0) {
            list.add(guide("SHARER", sharer));
        }
        list.add(guide("BOUND_GUIDE", boundGuide));
        if (franchisee >= 0) {
            list.add(new Beneficiary("FRANCHISEE", "FRANCHISEE", population.guides() + franchisee,
                    population.franchiseeIds[franchisee], population.franchiseeCodes[franchisee],
                    "Franchisee " + (franchisee + 1)));
        }
        return list;
    }

    private Beneficiary guide(String role, int guide) {
        return new Beneficiary(role, "GUIDE", guide, population.guideIds[guide], Population.guideCode(guide),
                "Guide " + (guide + 1));
    }

    private static Standing standing(boolean completed, long completedAt) {
        long windowEndsAt = completedAt + 7 * DAY;
        if (!completed) {
            return new Standing("PENDING", null, null);
        }
        if (windowEndsAt >= STREAM_START) {
            return new Standing("FROZEN", new Date(completedAt), null);
        }
        YearMonth month = YearMonth.from(Instant.ofEpochMilli(windowEndsAt).atZone(HQ));
        if (month.equals(STREAM_MONTH.minusMonths(1))) {
            return new Standing("SETTLEABLE", new Date(windowEndsAt), null);
        }
        Date generated = generatedAt(month);
        return month.equals(STREAM_MONTH.minusMonths(2)) ? new Standing("SETTLED", generated, month)
                : new Standing("PAID", new Date(generated.getTime() + 10 * DAY), month);
    }

    private Statement statement(Beneficiary b, YearMonth month) {
        long key = (long) b.index * 100_000 + month.getYear() * 12L + month.getMonthValue();
        return statements.computeIfAbsent(key, k -> new Statement(nextStatementId++, b, month));
    }

    private static void statement(LiteralInserts rows, Statement s) throws SQLException {
        Date generated = generatedAt(s.month);
        boolean paid = s.month.isBefore(STREAM_MONTH.minusMonths(2));
        Beneficiary b = s.beneficiary;
        rows.add(s.id, String.format("ST-%d%02d-%s", s.month.getYear(), s.month.getMonthValue(), b.code), b.type, b.id,
                b.code, b.name, start(s.month), start(s.month.plusMonths(1)), "CNY",
                StreamGenerator.fen(s.commissionFen), StreamGenerator.fen(s.reversalFen),
                StreamGenerator.fen(s.commissionFen + s.reversalFen), s.entries, paid ? "PAID" : "CONFIRMED", generated,
                "bench", new Date(generated.getTime() + DAY), "bench", paid ? new Date(generated.getTime() + 10 * DAY)
                        : null, paid ? "bench" : null, paid ? "HIST-" + s.id : null);
    }

    /** A month's statements are generated two hours into the next month, HQ time. */
    private static Date generatedAt(YearMonth month) {
        return new Date(start(month.plusMonths(1)).getTime() + 2 * 3_600_000L);
    }

    private static Date start(YearMonth month) {
        return Date.from(month.atDay(1).atStartOfDay(HQ).toInstant());
    }
}
