package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.distribution.service.JoinResult;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Channel events through the real pipeline into the ledger, on the test database (HSQLDB or MySQL). */
@ExtendWith(BroadleafContextExtension.class)
class ChannelIngestServiceTest {

    /** Orders are paid after the test's bindings were made (an hour from now), refunds and completions a day later. */
    private static final String PAID_AT = java.time.OffsetDateTime.now().plusHours(1).withNano(0).toString();
    private static final String REFUNDED_AT = java.time.OffsetDateTime.now().plusDays(1).withNano(0).toString();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcIdentityService")
    IdentityService identityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    CommissionFixtures commission;
    JdbcTemplate jdbc;
    Channel tmall;
    Guide guide;
    Customer member;

    @BeforeEach
    void boundMemberAndPlan() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        jdbc = commission.jdbc();
        tmall = commission.channel("TM", CommissionStart.PAID, 7, "tm-secret");
        Store store = organisation.franchisedStore();
        guide = organisation.guide(store);
        member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
    }

    @Test
    void shouldCreditTheBoundGuideAndTheFranchiseeForEachLineOfAMembersOrder() {
        IngestResult result = ingestService.ingest(tmall, IngestSource.API, paid("T1", member.getId(), null,
                line("1", "100.00"), line("2", "55.55")));

        assertEquals(IngestResult.Status.ACCEPTED, result.getStatus());
        assertEquals(EventStatus.APPLIED, result.getOutcome());
        assertEquals(4, result.getEntriesWritten());
        assertEquals(Arrays.asList("BOUND_GUIDE 1 5.00", "FRANCHISEE 1 2.00", "BOUND_GUIDE 2 2.78", "FRANCHISEE 2 1.11"),
                entries("T1"));
    }

    @Test
    void shouldAnswerDuplicateAndChangeNothingWhenTheSameEventComesAgain() {
        String body = paid("T2", member.getId(), null, line("1", "80.00"));
        ingestService.ingest(tmall, IngestSource.API, body);

        IngestResult again = ingestService.ingest(tmall, IngestSource.API, body);

        assertEquals(IngestResult.Status.DUPLICATE, again.getStatus());
        assertEquals(2, entries("T2").size());
        assertEquals(1, count("SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ? AND ORDER_NO = 'T2'"));
        assertEquals(2, count("SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ? AND ORDER_NO = 'T2'"));
    }

    @Test
    void shouldReverseExactlyTheRefundedShareAndNetToZeroOnceTheLineIsFullyRefunded() {
        ingestService.ingest(tmall, IngestSource.API, paid("T3", member.getId(), null, line("1", "99.99")));

        IngestResult partial = ingestService.ingest(tmall, IngestSource.API, refund("T3", "R1", "33.33"));
        ingestService.ingest(tmall, IngestSource.API, refund("T3", "R2", "66.66"));

        assertEquals(2, partial.getEntriesWritten());
        assertEquals(Arrays.asList("BOUND_GUIDE 1 5.00", "FRANCHISEE 1 2.00", "BOUND_GUIDE 1 -1.67",
                "FRANCHISEE 1 -0.67", "BOUND_GUIDE 1 -3.33", "FRANCHISEE 1 -1.33"), entries("T3"));
        assertEquals(0, total("T3").signum());
    }

    @Test
    void shouldRejectARefundOfMoreThanIsLeftOnTheLineAndChangeNothing() {
        ingestService.ingest(tmall, IngestSource.API, paid("T4", member.getId(), null, line("1", "10.00")));

        IngestResult result = ingestService.ingest(tmall, IngestSource.API, refund("T4", "R1", "10.01"));

        assertEquals(IngestResult.Status.REJECTED, result.getStatus());
        assertEquals("lines[0].amount", result.getErrors().get(0).getField());
        assertEquals("is more than the 10.00 left to refund on line 1", result.getErrors().get(0).getReason());
        assertEquals(2, entries("T4").size());
        assertEquals(Note.join(Arrays.asList(EventProblem.AT_FIELD.note("lines[0].amount",
                EventProblem.REFUND_TOO_LARGE.note("10.00", "1")))), storedMessage(result));
    }

    @Test
    void shouldKeepARefundThatArrivesBeforeItsOrderAndApplyItWhenTheOrderArrives() {
        IngestResult early = ingestService.ingest(tmall, IngestSource.API, refund("T5", "R1", "20.00"));
        assertEquals(EventStatus.WAITING, early.getOutcome());

        IngestResult order = ingestService.ingest(tmall, IngestSource.API, paid("T5", member.getId(), null,
                line("1", "40.00")));

        assertEquals(EventStatus.APPLIED, order.getOutcome());
        assertEquals("APPLIED", jdbc.queryForObject("SELECT STATUS FROM GC_CHANNEL_EVENT WHERE EVENT_ID = ?",
                String.class, early.getEventId()));
        assertEquals(Arrays.asList("BOUND_GUIDE 1 2.00", "FRANCHISEE 1 0.80", "BOUND_GUIDE 1 -1.00",
                "FRANCHISEE 1 -0.40"), entries("T5"));
    }

    @Test
    void shouldStoreThePayloadsAndApplyEventByEventWhenTheBatchMeetsAConcurrentWrite() {
        IngestPipeline pipeline = pipelineFailing(1, new DuplicateKeyException("a concurrent batch wrote a key first"));
        String order = paid("T15", member.getId(), null, line("1", "60.00"));

        List<IngestResult> results = pipeline.ingest(tmall, IngestSource.API,
                Arrays.asList(order, refund("T15", "R1", "10.00"), order));

        assertEquals(Arrays.asList("ACCEPTED APPLIED", "ACCEPTED APPLIED", "DUPLICATE DUPLICATE"),
                results.stream().map(r -> r.getStatus() + " " + r.getOutcome())
                        .collect(java.util.stream.Collectors.toList()));
        assertEquals(Arrays.asList("BOUND_GUIDE 1 3.00", "FRANCHISEE 1 1.20", "BOUND_GUIDE 1 -0.50",
                "FRANCHISEE 1 -0.20"), entries("T15"));
        assertEquals(3, count("SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ? AND ORDER_NO = 'T15'"));
    }

    @Test
    void shouldStoreADeliveryThatFailsOnItsOwnAsFailedAndApplyTheRestOfItsBatch() {
        IngestPipeline pipeline = pipelineFailingFor("T16");
        List<String> bodies = Arrays.asList(paid("T16", member.getId(), null, line("1", "60.00")),
                paid("T16B", member.getId(), null, line("1", "40.00")), refund("T16", "R1", "10.00"));

        List<IngestResult> results = pipeline.ingest(tmall, IngestSource.API, bodies);

        assertEquals(Arrays.asList("FAILED FAILED", "ACCEPTED APPLIED", "ACCEPTED WAITING"), results.stream()
                .map(r -> r.getStatus() + " " + r.getOutcome()).collect(java.util.stream.Collectors.toList()));
        assertTrue(results.get(0).describeErrors().contains("the disk is full"), results.get(0).describeErrors());
        assertEquals(Arrays.asList("FAILED", "APPLIED", "WAITING"), jdbc.queryForList("SELECT STATUS FROM"
                + " GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ? AND ORDER_NO IN ('T16', 'T16B') ORDER BY EVENT_ID",
                String.class, tmall.getCode()));
        assertEquals(bodies.get(0), jdbc.queryForObject("SELECT PAYLOAD FROM GC_CHANNEL_EVENT WHERE EVENT_ID = ?",
                String.class, results.get(0).getEventId()));
        assertEquals(0, count("SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ? AND ORDER_NO = 'T16'"));
        assertEquals(Arrays.asList("BOUND_GUIDE 1 2.00", "FRANCHISEE 1 0.80"), entries("T16B"));
    }

    @Test
    void shouldApplyFailedDeliveriesAgainOnceTheFailureIsGone() {
        List<String> bodies = Arrays.asList(paid("T17", member.getId(), null, line("1", "60.00")),
                refund("T17", "R1", "10.00"));
        pipelineFailingFor("T17").ingest(tmall, IngestSource.API, bodies);
        assertEquals(Long.valueOf(1), ingestService.unappliedCounts().get(tmall.getCode()));

        List<IngestResult> again = ingestService.processAgain(tmall, 100);

        assertEquals(Arrays.asList("ACCEPTED APPLIED"), again.stream()
                .map(r -> r.getStatus() + " " + r.getOutcome()).collect(java.util.stream.Collectors.toList()));
        assertEquals(Arrays.asList("BOUND_GUIDE 1 3.00", "FRANCHISEE 1 1.20", "BOUND_GUIDE 1 -0.50",
                "FRANCHISEE 1 -0.20"), entries("T17"));
        assertEquals(null, ingestService.unappliedCounts().get(tmall.getCode()));
        assertEquals(0, ingestService.processAgain(tmall, 100).size());
    }

    @Test
    void shouldTakeAFailedDeliveryAsADuplicateWhenTheChannelSentItAgainMeanwhile() {
        String order = paid("T18", member.getId(), null, line("1", "60.00"));
        String refund = refund("T18", "R1", "10.00");
        ingestService.ingest(tmall, IngestSource.API, order);
        assertEquals(IngestResult.Status.FAILED, pipelineFailingFor("T18")
                .ingest(tmall, IngestSource.API, Arrays.asList(refund)).get(0).getStatus());
        ingestService.ingest(tmall, IngestSource.API, refund);

        List<IngestResult> again = ingestService.processAgain(tmall, 100);

        assertEquals(1, again.size());
        assertEquals(IngestResult.Status.DUPLICATE, again.get(0).getStatus());
        assertEquals(Arrays.asList("BOUND_GUIDE 1 3.00", "FRANCHISEE 1 1.20", "BOUND_GUIDE 1 -0.50",
                "FRANCHISEE 1 -0.20"), entries("T18"));
        assertEquals(Arrays.asList("APPLIED", "DUPLICATE", "APPLIED"), jdbc.queryForList("SELECT STATUS FROM"
                + " GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ? AND ORDER_NO = 'T18' ORDER BY EVENT_ID", String.class,
                tmall.getCode()));
    }

    /** The real pipeline, failing in every batch that writes the order {@code orderNo}, once its orders are written. */
    private IngestPipeline pipelineFailingFor(final String orderNo) {
        return pipeline(new OrderStore(jdbc, inserts()) {
            @Override
            void flush(java.util.Collection<OrderState> orders) {
                super.flush(orders);
                for (OrderState order : orders) {
                    if (order.orderNo.equals(orderNo)) {
                        throw new IllegalStateException("the disk is full");
                    }
                }
            }
        });
    }

    /** The real pipeline, whose first {@code failures} batches fail once their orders are written. */
    private IngestPipeline pipelineFailing(final int failures, final RuntimeException failure) {
        final int[] failed = {0};
        return pipeline(new OrderStore(jdbc, inserts()) {
            @Override
            void flush(java.util.Collection<OrderState> orders) {
                super.flush(orders);
                if (failed[0]++ < failures) {
                    throw failure;
                }
            }
        });
    }

    private IngestPipeline pipeline(OrderStore orders) {
        return new IngestPipeline(new EventStore(jdbc, inserts()), orders, context.getBean("blTransactionManager",
                org.springframework.transaction.PlatformTransactionManager.class),
                context.getBean("gcIdBlocks", com.guidecommerce.core.common.IdBlocks.class),
                context.getBean("gcIngestSettings", IngestSettings.class),
                context.getBean("gcOrderListeners", com.guidecommerce.core.channel.order.OrderListeners.class));
    }

    private com.guidecommerce.core.common.jdbc.RowInserts inserts() {
        return context.getBean("gcRowInserts", com.guidecommerce.core.common.jdbc.RowInserts.class);
    }

    @Test
    void shouldSortOutOfOrderAndRepeatedEventsWithinOneBatch() {
        String complete = "{\"type\":\"ORDER_COMPLETED\",\"orderNo\":\"T14\",\"occurredAt\":\"" + REFUNDED_AT + "\"}";
        String order = paid("T14", member.getId(), null, line("1", "50.00"));

        List<IngestResult> results = ingestService.ingestAll(tmall, IngestSource.API,
                Arrays.asList(refund("T14", "R1", "10.00"), order, order, complete));

        assertEquals(Arrays.asList("ACCEPTED APPLIED", "ACCEPTED APPLIED", "DUPLICATE DUPLICATE", "ACCEPTED APPLIED"),
                results.stream().map(r -> r.getStatus() + " " + r.getOutcome())
                        .collect(java.util.stream.Collectors.toList()));
        assertEquals("APPLIED", jdbc.queryForObject("SELECT STATUS FROM GC_CHANNEL_EVENT WHERE EVENT_ID = ?",
                String.class, results.get(0).getEventId()));
        assertEquals(Arrays.asList("BOUND_GUIDE 1 2.50", "FRANCHISEE 1 1.00", "BOUND_GUIDE 1 -0.50",
                "FRANCHISEE 1 -0.20"), entries("T14"));
        assertEquals(Arrays.asList("FROZEN"), jdbc.queryForList("SELECT DISTINCT e.STATE FROM GC_COMMISSION_ENTRY e"
                + " JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ?"
                + " AND o.ORDER_NO = 'T14'", String.class, tmall.getCode()));
    }

    @Test
    void shouldCreditAChannelThatPaysFromCompletionOnlyOnceTheOrderCompletes() {
        tmall = commission.channel("JD", CommissionStart.COMPLETED, 7, "jd-secret");
        ingestService.ingest(tmall, IngestSource.API, paid("T15", member.getId(), null, line("1", "30.00")));
        assertEquals(0, entries("T15").size());

        IngestResult completed = ingestService.ingest(tmall, IngestSource.API, "{\"type\":\"ORDER_COMPLETED\","
                + "\"orderNo\":\"T15\",\"occurredAt\":\"" + REFUNDED_AT + "\"}");
        ingestService.ingest(tmall, IngestSource.API, refund("T15", "R1", "15.00"));

        assertEquals(2, completed.getEntriesWritten());
        assertEquals(Arrays.asList("BOUND_GUIDE 1 1.50", "FRANCHISEE 1 0.60", "BOUND_GUIDE 1 -0.75",
                "FRANCHISEE 1 -0.30"), entries("T15"));
        assertEquals(Arrays.asList("FROZEN"), jdbc.queryForList("SELECT DISTINCT e.STATE FROM GC_COMMISSION_ENTRY e"
                + " JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ?"
                + " AND o.ORDER_NO = 'T15'", String.class, tmall.getCode()));
    }

    @Test
    void shouldCreditOnlyTheGuideWhenTheMembersStoreIsRunByHq() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Customer hqMember = organisation.member();
        bindingService.bind(hqMember, organisation.guide(organisation.store()), BindingSource.STORE_QR, "shopper", null);

        ingestService.ingest(tmall, IngestSource.API, paid("T13", hqMember.getId(), null, line("1", "60.00")));

        assertEquals(Arrays.asList("BOUND_GUIDE 1 3.00"), entries("T13"));
    }

    @Test
    void shouldCreditTheSharerWhoseSignedCodeLedToThePurchase() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide sharer = organisation.guide(organisation.store());
        String body = paid("T6", member.getId(), shareCodes.sign(sharer.getGuideCode()), line("1", "200.00"));

        ingestService.ingest(tmall, IngestSource.API, body);

        assertEquals(Arrays.asList("SHARER 1 20.00", "BOUND_GUIDE 1 10.00", "FRANCHISEE 1 4.00"), entries("T6"));
    }

    @Test
    void shouldCreditASharingDistributorAndTheirRecruitingGuideAsTheSecondLevel() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide recruiter = organisation.guide(organisation.store());
        Distributor distributor = distributor(recruiter, organisation.member());
        String body = paid("T16", member.getId(), shareCodes.sign(distributor.getCode()), line("1", "200.00"));

        ingestService.ingest(tmall, IngestSource.API, body);
        ingestService.ingest(tmall, IngestSource.API, refund("T16", "R16", "50.00"));

        assertEquals(Arrays.asList("SHARER DISTRIBUTOR " + distributor.getCode() + " 20.00",
                "SHARER_PARENT GUIDE " + recruiter.getGuideCode() + " 6.00",
                "BOUND_GUIDE GUIDE " + guide.getGuideCode() + " 10.00",
                "FRANCHISEE FRANCHISEE " + guide.getStore().getFranchisee().getCode() + " 4.00",
                "SHARER DISTRIBUTOR " + distributor.getCode() + " -5.00",
                "SHARER_PARENT GUIDE " + recruiter.getGuideCode() + " -1.50",
                "BOUND_GUIDE GUIDE " + guide.getGuideCode() + " -2.50",
                "FRANCHISEE FRANCHISEE " + guide.getStore().getFranchisee().getCode() + " -1.00"),
                beneficiaries("T16"));
        assertEquals(distributor.getId(), jdbc.queryForObject("SELECT a.SHARER_DISTRIBUTOR_ID FROM"
                + " GC_ORDER_ATTRIBUTION a JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = a.CHANNEL_ORDER_ID"
                + " WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ?", Long.class, tmall.getCode(), "T16"));
    }

    @Test
    void shouldPayADistributorTheRateOfTheirTierFromTheMomentTheyHoldIt() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Distributor distributor = distributor(organisation.guide(organisation.store()), organisation.member());
        String shareCode = shareCodes.sign(distributor.getCode());
        ingestService.ingest(tmall, IngestSource.API, paid("T18A", member.getId(), shareCode, line("1", "100.00")));

        distributionService.changeTier(distributor.getId(), CommissionFixtures.GOLD_DISTRIBUTOR_TIER, "hq",
                "Promoted for the test");
        ingestService.ingest(tmall, IngestSource.API, paid("T18B", member.getId(), shareCode, line("1", "100.00")));

        assertEquals("SHARER DISTRIBUTOR " + distributor.getCode() + " 10.00", beneficiaries("T18A").get(0));
        assertEquals("SHARER DISTRIBUTOR " + distributor.getCode() + " 8.00", beneficiaries("T18B").get(0));
    }

    @Test
    void shouldCreditNoSharerWhenADistributorBuysThroughTheirOwnLink() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Distributor distributor = distributor(organisation.guide(organisation.store()), member);

        ingestService.ingest(tmall, IngestSource.API, paid("T17", member.getId(),
                shareCodes.sign(distributor.getCode()), line("1", "100.00")));

        assertEquals(Arrays.asList("BOUND_GUIDE 1 5.00", "FRANCHISEE 1 2.00"), entries("T17"));
    }

    @Test
    void shouldRejectAMalformedEventWithTheReasonOfEachFieldAndKeepItsPayload() {
        String body = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"T7\",\"lines\":[{\"lineNo\":\"1\",\"paidAmount\":\"x\"}]}";

        IngestResult result = ingestService.ingest(tmall, IngestSource.API, body);

        assertEquals(IngestResult.Status.REJECTED, result.getStatus());
        assertEquals(Arrays.asList("occurredAt", "lines[0].paidAmount"), fields(result));
        assertEquals(Note.join(Arrays.asList(
                EventProblem.AT_FIELD.note("occurredAt", EventProblem.TIME_REQUIRED.note()),
                EventProblem.AT_FIELD.note("lines[0].paidAmount", EventProblem.NOT_AMOUNT.note()))),
                storedMessage(result));
        assertEquals(body, jdbc.queryForObject("SELECT PAYLOAD FROM GC_CHANNEL_EVENT WHERE EVENT_ID = ?", String.class,
                result.getEventId()));
    }

    @Test
    void shouldQueueAnUnknownBuyerAndAttributeAllTheirOrdersOnceHqIdentifiesThem() {
        String buyer = "tb-" + System.nanoTime();
        ingestService.ingest(tmall, IngestSource.API, paidByBuyer("T8", buyer, "30.00"));
        ingestService.ingest(tmall, IngestSource.API, paidByBuyer("T9", buyer, "50.00"));
        assertEquals(0, entries("T8").size());
        Long orderId = jdbc.queryForObject("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ?"
                + " AND ORDER_NO = 'T8'", Long.class, tmall.getCode());

        int attributed = identityService.identify(orderId, member.getId(), "hq");
        ingestService.ingest(tmall, IngestSource.API, paidByBuyer("T10", buyer, "10.00"));

        assertEquals(2, attributed);
        assertEquals(Arrays.asList("BOUND_GUIDE 1 1.50", "FRANCHISEE 1 0.60"), entries("T8"));
        assertEquals(Arrays.asList("BOUND_GUIDE 1 2.50", "FRANCHISEE 1 1.00"), entries("T9"));
        assertEquals(Arrays.asList("BOUND_GUIDE 1 0.50", "FRANCHISEE 1 0.20"), entries("T10"));
    }

    @Test
    void shouldFreezeCommissionUntilTheReturnWindowClosesOnceTheOrderCompletes() {
        ingestService.ingest(tmall, IngestSource.API, paid("T11", member.getId(), null, line("1", "10.00")));

        ingestService.ingest(tmall, IngestSource.API, "{\"type\":\"ORDER_COMPLETED\",\"orderNo\":\"T11\","
                + "\"occurredAt\":\"" + REFUNDED_AT + "\"}");

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT e.STATE, e.FROZEN_UNTIL FROM GC_COMMISSION_ENTRY e"
                + " JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ?"
                + " AND o.ORDER_NO = 'T11'", tmall.getCode());
        assertEquals(2, rows.size());
        for (Map<String, Object> row : rows) {
            assertEquals("FROZEN", row.get("STATE"));
            assertEquals(java.time.OffsetDateTime.parse(REFUNDED_AT).plusDays(7).toInstant().toEpochMilli(),
                    toMillis(row.get("FROZEN_UNTIL")));
        }
    }

    @Test
    void shouldCarryTheReversalOfASettledEntryIntoTheNextStatement() {
        ingestService.ingest(tmall, IngestSource.API, paid("T12", member.getId(), null, line("1", "100.00")));
        jdbc.update("UPDATE GC_COMMISSION_ENTRY SET STATE = 'SETTLED' WHERE CHANNEL_ORDER_ID = (SELECT CHANNEL_ORDER_ID"
                + " FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ? AND ORDER_NO = 'T12')", tmall.getCode());

        ingestService.ingest(tmall, IngestSource.API, refund("T12", "R1", "100.00"));

        List<String> states = jdbc.queryForList("SELECT e.STATE FROM GC_COMMISSION_ENTRY e JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = 'T12'"
                + " AND e.KIND = 'REVERSAL'", String.class, tmall.getCode());
        assertEquals(Arrays.asList("SETTLEABLE", "SETTLEABLE"), states);
        assertEquals(0, total("T12").signum());
    }

    // ---- helpers

    /** Connector/J answers DATETIME columns as LocalDateTime (in the connection's UTC), HSQLDB as Timestamp. */
    private static long toMillis(Object value) {
        return value instanceof java.time.LocalDateTime
                ? ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC).toEpochMilli()
                : ((java.util.Date) value).getTime();
    }

    private Distributor distributor(Guide recruiter, Customer who) {
        JoinResult joined = distributionService.accept(distributionService.invite(recruiter).getToken(), who);
        assertEquals(DistributorStatus.ACTIVE, joined.getDistributor().getStatus());
        return joined.getDistributor();
    }

    private List<String> beneficiaries(String orderNo) {
        return jdbc.queryForList("SELECT e.ROLE, e.BENEFICIARY_TYPE, e.BENEFICIARY_CODE, e.AMOUNT"
                + " FROM GC_COMMISSION_ENTRY e JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID"
                + " WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ? ORDER BY e.ENTRY_ID", tmall.getCode(), orderNo)
                .stream().map(r -> r.get("ROLE") + " " + r.get("BENEFICIARY_TYPE") + " " + r.get("BENEFICIARY_CODE")
                        + " " + ((BigDecimal) r.get("AMOUNT")).setScale(2).toPlainString())
                .collect(java.util.stream.Collectors.toList());
    }

    private List<String> entries(String orderNo) {
        return jdbc.queryForList("SELECT e.ROLE, l.LINE_NO, e.AMOUNT FROM GC_COMMISSION_ENTRY e"
                + " JOIN GC_CHANNEL_ORDER_LINE l ON l.ORDER_LINE_ID = e.ORDER_LINE_ID"
                + " JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID"
                + " WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ? ORDER BY e.ENTRY_ID", tmall.getCode(), orderNo)
                .stream().map(r -> r.get("ROLE") + " " + r.get("LINE_NO") + " "
                        + ((BigDecimal) r.get("AMOUNT")).setScale(2).toPlainString())
                .collect(java.util.stream.Collectors.toList());
    }

    private BigDecimal total(String orderNo) {
        return jdbc.queryForObject("SELECT SUM(e.AMOUNT) FROM GC_COMMISSION_ENTRY e JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ?",
                BigDecimal.class, tmall.getCode(), orderNo);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, tmall.getCode());
    }

    private static List<String> fields(IngestResult result) {
        return result.getErrors().stream().map(e -> e.getField()).collect(java.util.stream.Collectors.toList());
    }

    private static String line(String lineNo, String paid) {
        return "{\"lineNo\":\"" + lineNo + "\",\"sku\":\"SKU-" + lineNo + "\",\"quantity\":1,\"paidAmount\":\""
                + paid + "\"}";
    }

    private static String paid(String orderNo, Long memberNo, String shareCode, String... lines) {
        return "{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + PAID_AT + "\","
                + "\"buyer\":{\"memberNo\":\"" + memberNo + "\"},"
                + (shareCode == null ? "" : "\"share\":{\"code\":\"" + shareCode + "\"},")
                + "\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String paidByBuyer(String orderNo, String buyerId, String amount) {
        return "{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + PAID_AT + "\","
                + "\"buyer\":{\"buyerId\":\"" + buyerId + "\"},\"lines\":[" + line("1", amount) + "]}";
    }

    private static String refund(String orderNo, String refundNo, String amount) {
        return "{\"type\":\"REFUND\",\"orderNo\":\"" + orderNo + "\",\"refundNo\":\"" + refundNo + "\","
                + "\"occurredAt\":\"" + REFUNDED_AT + "\",\"lines\":[{\"lineNo\":\"1\",\"amount\":\"" + amount
                + "\"}]}";
    }

    private String storedMessage(IngestResult result) {
        return jdbc.queryForObject("SELECT MESSAGE FROM GC_CHANNEL_EVENT WHERE EVENT_ID = ?", String.class,
                result.getEventId());
    }
}
