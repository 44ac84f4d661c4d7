package com.guidecommerce.core.test;

import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Committed channel and ledger rows written with plain JDBC, as the ingest pipeline writes them: channels, raw events,
 * channel orders and lines, commission plans and rules, and ledger entries. Ids start far above anything the
 * pipeline's or Hibernate's generators hand out, and codes are unique, so tests sharing one database never collide.
 */
public class LedgerRows {

    /**
     * 1990-01-01T00:00:00Z: a moment before every plan other tests put in force. The ingest pipeline applies the
     * published plan with the latest effective time before an order's payment, so plans published or written as
     * published at this moment never decide another test's rates.
     */
    public static final long BEFORE_EVERY_PLAN = 631152000000L;

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000L);

    private final JdbcTemplate jdbc;

    public LedgerRows(ApplicationContext context) {
        this.jdbc = new JdbcTemplate(context.getBean("gcTestDataSource", DataSource.class));
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** An active channel whose commission starts at payment, with a 7-day return window; returns its code. */
    public String channel() {
        long id = nextId();
        String code = "CH" + id;
        jdbc.update("insert into GC_CHANNEL (CHANNEL_ID, CODE, NAME, SIGNING_SECRET, TIME_ZONE, COMMISSION_START,"
                + " RETURN_WINDOW_DAYS, ACTIVE) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id, code, "Channel " + id, "secret-" + id, "Asia/Shanghai", "PAID", 7, true);
        return code;
    }

    /** A Broadleaf catalog category, as a commission rule may name; returns its id. */
    public long category(String name) {
        long id = nextId();
        jdbc.update("insert into BLC_CATEGORY (CATEGORY_ID, NAME) values (?, ?)", id, name);
        return id;
    }

    /** A plan with the next free version number and one rule; returns the plan's and the rule's ids. */
    public PlanRow plan(String status, Date effectiveFrom, String role, String ratePercent) {
        long planId = nextId();
        int versionNo = jdbc.queryForObject("select coalesce(max(VERSION_NO), 0) + 1 from GC_COMMISSION_PLAN", Integer.class);
        jdbc.update("insert into GC_COMMISSION_PLAN (PLAN_ID, VERSION_NO, NAME, STATUS, EFFECTIVE_FROM, CAP_PERCENT,"
                + " CURRENCY_CODE) values (?, ?, ?, ?, ?, ?, ?)",
                planId, versionNo, "Plan " + versionNo, status, timestamp(effectiveFrom), new BigDecimal("20"), "CNY");
        long ruleId = rule(planId, role, ratePercent, null);
        return new PlanRow(planId, versionNo, ruleId);
    }

    /** A rule of a plan; a {@code null} rate with no role makes an exclusion of every role. */
    public long rule(long planId, String role, String ratePercent, String channelCode) {
        long ruleId = nextId();
        jdbc.update("insert into GC_COMMISSION_RULE (RULE_ID, PLAN_ID, ROLE, RATE_PERCENT, EXCLUDED, CHANNEL_CODE)"
                + " values (?, ?, ?, ?, ?, ?)",
                ruleId, planId, role, ratePercent == null ? null : new BigDecimal(ratePercent), ratePercent == null,
                channelCode);
        return ruleId;
    }

    /** A stored delivery of the channel's event, processed; returns its id. */
    public long event(String channelCode, String orderNo, String eventKey, Date receivedAt, String payload) {
        return event(channelCode, orderNo, eventKey, receivedAt, payload, "APPLIED", null);
    }

    /** A delivery with another outcome: only applied and waiting ones hold their key. */
    public long event(String channelCode, String orderNo, String eventKey, Date receivedAt, String payload,
                      String status, String message) {
        long id = nextId();
        String dedupeKey = "APPLIED".equals(status) || "WAITING".equals(status) ? eventKey : null;
        jdbc.update("insert into GC_CHANNEL_EVENT (EVENT_ID, RECEIVED_AT, CHANNEL_CODE, SOURCE, EVENT_KEY, DEDUPE_KEY,"
                + " ORDER_NO, STATUS, MESSAGE, PROCESSED_AT, PAYLOAD) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, timestamp(receivedAt), channelCode, "API", eventKey, dedupeKey, orderNo, status, message,
                timestamp(receivedAt), payload);
        return id;
    }

    public OrderRow order(String channelCode, Date paidAt) {
        return new OrderRow(channelCode, paidAt);
    }

    /** A line of an order; returns its id. */
    public long line(long orderId, String lineNo, String sku, String name, String paid, String refunded) {
        long id = nextId();
        jdbc.update("insert into GC_CHANNEL_ORDER_LINE (ORDER_LINE_ID, LINE_NO, CHANNEL_ORDER_ID, SKU, NAME, QUANTITY,"
                + " PAID_AMOUNT, REFUNDED_AMOUNT) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id, lineNo, orderId, sku, name, 1, new BigDecimal(paid), new BigDecimal(refunded));
        return id;
    }

    public EntryRow entry(String channelCode, long orderId, long lineId) {
        return new EntryRow(channelCode, orderId, lineId);
    }

    /** A reversal of an entry, on the entry's order line; give it a beneficiary and amounts, then insert it. */
    public EntryRow reversalOf(String channelCode, long entryId) {
        long[] orderLine = jdbc.queryForObject("select CHANNEL_ORDER_ID, ORDER_LINE_ID from GC_COMMISSION_ENTRY"
                + " where ENTRY_ID = ?", (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}, entryId);
        return new EntryRow(channelCode, orderLine[0], orderLine[1]).reversing(entryId);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private static Long idOf(Guide guide) {
        return guide == null ? null : guide.getId();
    }

    /** The ids of a plan written by {@link #plan}. */
    public static final class PlanRow {
        public final long id;
        public final int versionNo;
        public final long ruleId;

        PlanRow(long id, int versionNo, long ruleId) {
            this.id = id;
            this.versionNo = versionNo;
            this.ruleId = ruleId;
        }
    }

    /** A channel order to write: matched to a member when one is given, otherwise waiting in the unmatched queue. */
    public final class OrderRow {
        private final String channelCode;
        private final Date paidAt;
        private final String orderNo = "NO" + nextId();
        private Customer member;
        private Guide boundGuide;
        private Long bindingRecordId;
        private Guide sharer;
        private String shareCode;
        private Franchisee franchisee;
        private String buyerId;

        OrderRow(String channelCode, Date paidAt) {
            this.channelCode = channelCode;
            this.paidAt = paidAt;
        }

        public OrderRow member(Customer member) {
            this.member = member;
            return this;
        }

        public OrderRow boundGuide(Guide guide, Long bindingRecordId) {
            this.boundGuide = guide;
            this.bindingRecordId = bindingRecordId;
            return this;
        }

        public OrderRow sharer(Guide guide, String shareCode) {
            this.sharer = guide;
            this.shareCode = shareCode;
            return this;
        }

        public OrderRow franchisee(Franchisee franchisee) {
            this.franchisee = franchisee;
            return this;
        }

        public OrderRow buyerId(String buyerId) {
            this.buyerId = buyerId;
            return this;
        }

        public String orderNo() {
            return orderNo;
        }

        /**
         * Writes the order (100.00 paid, nothing refunded) and, for a member's order, its attribution as the commission
         * ledger writes it; returns the order's id.
         */
        public long insert() {
            long id = nextId();
            jdbc.update("insert into GC_CHANNEL_ORDER (CHANNEL_ORDER_ID, PAID_AT, CHANNEL_CODE, ORDER_NO, PAID_AMOUNT,"
                    + " REFUNDED_AMOUNT, CURRENCY_CODE, MATCH_STATUS, MATCHED_BY, CUSTOMER_ID, BUYER_ID, SHARE_CODE,"
                    + " SHARED_AT, CREATED_AT) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, timestamp(paidAt), channelCode, orderNo, new BigDecimal("100.00"), BigDecimal.ZERO, "CNY",
                    member == null ? "UNMATCHED" : "MATCHED", member == null ? null : "MEMBER_NO",
                    member == null ? null : member.getId(), buyerId, shareCode, shareCode == null ? null : timestamp(paidAt),
                    timestamp(paidAt));
            if (member != null) {
                jdbc.update("insert into GC_ORDER_ATTRIBUTION (CHANNEL_ORDER_ID, CHANNEL_CODE, CUSTOMER_ID,"
                        + " BOUND_GUIDE_ID, BINDING_RECORD_ID, SHARER_GUIDE_ID, FRANCHISEE_ID, ATTRIBUTED_AT)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)", id, channelCode, member.getId(), idOf(boundGuide),
                        bindingRecordId, idOf(sharer), franchisee == null ? null : franchisee.getId(), timestamp(paidAt));
            }
            return id;
        }
    }

    /** A ledger entry to write: a pending commission unless told otherwise. */
    public final class EntryRow {
        private final String channelCode;
        private final long orderId;
        private final long lineId;
        private String kind = "COMMISSION";
        private String role = "BOUND_GUIDE";
        private String beneficiaryType = "GUIDE";
        private long beneficiaryId;
        private String beneficiaryCode = "NOBODY";
        private String beneficiaryName;
        private String base = "100.00";
        private String rate = "5.0000";
        private String amount = "5.00";
        private String state = "PENDING";
        private Date createdAt = new Date(0L);
        private Date frozenUntil;
        private Long reversesEntryId;
        private Long eventId;
        private Long customerId;
        private Long bindingRecordId;
        private PlanRow plan;
        private String ruleScope;

        EntryRow(String channelCode, long orderId, long lineId) {
            this.channelCode = channelCode;
            this.orderId = orderId;
            this.lineId = lineId;
        }

        public EntryRow beneficiary(String role, String type, long id, String code, String name) {
            this.role = role;
            this.beneficiaryType = type;
            this.beneficiaryId = id;
            this.beneficiaryCode = code;
            this.beneficiaryName = name;
            return this;
        }

        public EntryRow kind(String kind) {
            this.kind = kind;
            return this;
        }

        public EntryRow amounts(String base, String rate, String amount) {
            this.base = base;
            this.rate = rate;
            this.amount = amount;
            return this;
        }

        public EntryRow state(String state, Date frozenUntil) {
            this.state = state;
            this.frozenUntil = frozenUntil;
            return this;
        }

        public EntryRow createdAt(Date createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public EntryRow reversing(long entryId) {
            this.kind = "REVERSAL";
            this.reversesEntryId = entryId;
            return this;
        }

        public EntryRow attribution(Long customerId, Long bindingRecordId, Long eventId) {
            this.customerId = customerId;
            this.bindingRecordId = bindingRecordId;
            this.eventId = eventId;
            return this;
        }

        public EntryRow plan(PlanRow plan, String ruleScope) {
            this.plan = plan;
            this.ruleScope = ruleScope;
            return this;
        }

        /** Writes the entry; returns its id. */
        public long insert() {
            long id = nextId();
            jdbc.update("insert into GC_COMMISSION_ENTRY (ENTRY_ID, CREATED_AT, KIND, ROLE, BENEFICIARY_TYPE,"
                    + " BENEFICIARY_ID, BENEFICIARY_CODE, BENEFICIARY_NAME, CHANNEL_CODE, CHANNEL_ORDER_ID, ORDER_LINE_ID,"
                    + " BASE_AMOUNT, RATE_PERCENT, AMOUNT, CURRENCY_CODE, STATE, FROZEN_UNTIL, REVERSES_ENTRY_ID, EVENT_ID,"
                    + " CUSTOMER_ID, BINDING_RECORD_ID, PLAN_ID, PLAN_VERSION, RULE_ID, RULE_SCOPE, STATE_CHANGED_AT)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, timestamp(createdAt), kind, role, beneficiaryType, beneficiaryId, beneficiaryCode, beneficiaryName,
                    channelCode, orderId, lineId, new BigDecimal(base), new BigDecimal(rate), new BigDecimal(amount), "CNY",
                    state, timestamp(frozenUntil), reversesEntryId, eventId, customerId, bindingRecordId,
                    plan == null ? null : plan.id, plan == null ? null : plan.versionNo, plan == null ? null : plan.ruleId,
                    ruleScope, timestamp(createdAt));
            return id;
        }
    }
}
