package com.guidecommerce.core.test;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Ledger rows written with plain SQL, as the ingest pipeline writes them (batched JDBC, never through Hibernate):
 * channel orders with one line each, and commission entries in any state. Ids come from a range far above what the
 * pipeline hands out, and every beneficiary is fresh, so tests sharing one database never see each other's rows.
 */
public class LedgerFixtures {

    private static final AtomicLong IDS = new AtomicLong(9_000_000_000L);

    private final JdbcTemplate jdbc;

    public LedgerFixtures(ApplicationContext context) {
        this.jdbc = new JdbcTemplate(context.getBean("gcTestDataSource", DataSource.class));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A fresh beneficiary of the type (GUIDE, DISTRIBUTOR, FRANCHISEE). */
    public Beneficiary beneficiary(String type, String name) {
        long id = IDS.incrementAndGet();
        return new Beneficiary(type, id, type.charAt(0) + String.valueOf(id), name);
    }

    /** A guide that exists, as a beneficiary: their store's zone is theirs. */
    public Beneficiary guide(long guideId, String guideCode, String name) {
        return new Beneficiary("GUIDE", guideId, guideCode, name);
    }

    /** A paid channel order with one line, {@code 1}, of the SKU. */
    public Line orderLine(String channel, String sku, Date paidAt) {
        long orderId = IDS.incrementAndGet();
        long lineId = IDS.incrementAndGet();
        String orderNo = channel + "-" + orderId;
        Timestamp at = new Timestamp(paidAt.getTime());
        jdbc.update("insert into GC_CHANNEL_ORDER (CHANNEL_ORDER_ID, PAID_AT, CHANNEL_CODE, ORDER_NO, PAID_AMOUNT,"
                + " REFUNDED_AMOUNT, CURRENCY_CODE, MATCH_STATUS, CREATED_AT) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                orderId, at, channel, orderNo, new BigDecimal("100.00"), BigDecimal.ZERO, "CNY", "MATCHED", at);
        jdbc.update("insert into GC_CHANNEL_ORDER_LINE (ORDER_LINE_ID, LINE_NO, CHANNEL_ORDER_ID, SKU, NAME, QUANTITY,"
                + " PAID_AMOUNT, REFUNDED_AMOUNT) values (?, ?, ?, ?, ?, ?, ?, ?)",
                lineId, "1", orderId, sku, sku, 1, new BigDecimal("100.00"), BigDecimal.ZERO);
        return new Line(channel, orderId, orderNo, lineId);
    }

    /** A commission (positive amount) or reversal (negative amount) entry; {@code eligibleAt} may be null. */
    public long entry(Line line, Beneficiary to, String kind, String amount, String state, Date eligibleAt) {
        return entry(line, to, kind, amount, "CNY", state, eligibleAt, null);
    }

    public long entry(Line line, Beneficiary to, String kind, String amount, String currency, String state,
                      Date eligibleAt, Date frozenUntil) {
        long id = IDS.incrementAndGet();
        Date created = eligibleAt != null ? eligibleAt : frozenUntil != null ? frozenUntil : new Date(0);
        jdbc.update("insert into GC_COMMISSION_ENTRY (ENTRY_ID, CREATED_AT, KIND, ROLE, BENEFICIARY_TYPE,"
                + " BENEFICIARY_ID, BENEFICIARY_CODE, BENEFICIARY_NAME, CHANNEL_CODE, CHANNEL_ORDER_ID, ORDER_LINE_ID,"
                + " BASE_AMOUNT, RATE_PERCENT, AMOUNT, CURRENCY_CODE, STATE, FROZEN_UNTIL, ELIGIBLE_AT, STATE_CHANGED_AT)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, timestamp(created), kind, "BOUND_GUIDE", to.type, to.id, to.code, to.name, line.channel,
                line.orderId, line.lineId, new BigDecimal("100.00"), new BigDecimal("5.0000"), new BigDecimal(amount),
                currency, state, timestamp(frozenUntil), timestamp(eligibleAt), timestamp(created));
        return id;
    }

    public String stateOf(long entryId) {
        return jdbc.queryForObject("select STATE from GC_COMMISSION_ENTRY where ENTRY_ID = ?", String.class, entryId);
    }

    public Long statementIdOf(long entryId) {
        return jdbc.queryForObject("select STATEMENT_ID from GC_COMMISSION_ENTRY where ENTRY_ID = ?", Long.class, entryId);
    }

    public Date eligibleAtOf(long entryId) {
        return instant("ELIGIBLE_AT", entryId);
    }

    public Date stateChangedAtOf(long entryId) {
        return instant("STATE_CHANGED_AT", entryId);
    }

    /** Read as a timestamp: drivers differ in the type a plain query answers for a time column. */
    private Date instant(String column, long entryId) {
        Timestamp value = jdbc.queryForObject("select " + column + " from GC_COMMISSION_ENTRY where ENTRY_ID = ?",
                Timestamp.class, entryId);
        return value == null ? null : new Date(value.getTime());
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** Who an entry pays. */
    public static final class Beneficiary {

        public final String type;
        public final long id;
        public final String code;
        public final String name;

        Beneficiary(String type, long id, String code, String name) {
            this.type = type;
            this.id = id;
            this.code = code;
            this.name = name;
        }
    }

    /** An order line entries are written for. */
    public static final class Line {

        public final String channel;
        public final long orderId;
        public final String orderNo;
        public final long lineId;

        Line(String channel, long orderId, String orderNo, long lineId) {
            this.channel = channel;
            this.orderId = orderId;
            this.orderNo = orderNo;
            this.lineId = lineId;
        }
    }
}
