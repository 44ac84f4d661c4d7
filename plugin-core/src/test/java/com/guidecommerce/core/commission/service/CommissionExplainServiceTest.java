package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.LedgerRows.PlanRow;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explanations of ledger rows written as the ingest pipeline writes them, over real members, guides and bindings. */
@ExtendWith(BroadleafContextExtension.class)
class CommissionExplainServiceTest {

    private static final long DAY = TimeUnit.DAYS.toMillis(1);
    private static final long BOUND_AT = 1700000000000L;
    private static final Date PAID_AT = new Date(BOUND_AT + 2 * DAY);

    @Resource
    ApplicationContext context;

    @Resource(name = "gcCommissionExplainService")
    CommissionExplainService explainService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "gcLedgerService")
    LedgerService ledgerService;

    LedgerRows rows;
    OrganisationFixtures organisation;
    Store store;
    Guide boundGuide;
    Guide sharer;
    Franchisee franchisee;
    Customer member;
    String channel;
    PlanRow plan;

    @BeforeEach
    void setUp() {
        rows = new LedgerRows(context);
        organisation = new OrganisationFixtures(context);
        store = organisation.store();
        boundGuide = organisation.guide(store);
        sharer = organisation.guide(store);
        franchisee = franchisee();
        member = organisation.member();
        bindAt(member, boundGuide, BOUND_AT);
        channel = rows.channel();
        plan = rows.plan("RETIRED", new Date(LedgerRows.BEFORE_EVERY_PLAN), "BOUND_GUIDE", "5");
    }

    @AfterEach
    void resetTime() {
        SystemTime.reset();
    }

    @Test
    void shouldExplainACommissionByItsOrderLineMemberBindingSharerFranchiseePlanAndRule() {
        BindingRecord binding = latestRecordOf(member);
        long event = rows.event(channel, "NO1", "ORDER_PAID:NO1", PAID_AT, "{\"type\":\"ORDER_PAID\"}");
        long order = rows.order(channel, PAID_AT).member(member).boundGuide(boundGuide, binding.getId())
                .sharer(sharer, "G1-abcdef12").franchisee(franchisee).insert();
        long line = rows.line(order, "1", "SKU-1", "Silk scarf", "199.00", "0.00");
        long entry = rows.entry(channel, order, line)
                .beneficiary("BOUND_GUIDE", "GUIDE", boundGuide.getId(), boundGuide.getGuideCode(), boundGuide.getName())
                .amounts("199.00", "5.0000", "9.95").state("FROZEN", new Date(PAID_AT.getTime() + 7 * DAY))
                .attribution(member.getId(), binding.getId(), event).plan(plan, "role=BOUND_GUIDE").insert();

        Explanation explanation = explainService.explain(entry);

        assertEquals(entry, explanation.getEntry().getId().longValue());
        assertEquals(channel, explanation.getChannel().getCode());
        assertEquals(order, explanation.getOrder().getId().longValue());
        assertEquals(member.getId(), explanation.getOrder().getCustomer().getId());
        assertEquals("SKU-1", explanation.getLine().getSku());
        assertEquals(binding.getId(), explanation.getBinding().getId());
        assertTrue(explanation.isBindingRecorded());
        assertEquals(boundGuide.getId(), explanation.getBinding().getGuide().getId());
        assertEquals(sharer.getId(), explanation.getAttribution().getSharerGuide().getId());
        assertEquals("G1-abcdef12", explanation.getOrder().getShareCode());
        assertEquals(franchisee.getId(), explanation.getAttribution().getFranchisee().getId());
        assertEquals(plan.versionNo, explanation.getPlan().getVersionNo().intValue());
        assertEquals(plan.ruleId, explanation.getRule().getId().longValue());
        assertEquals("role=BOUND_GUIDE", explanation.getEntry().getRuleScope());
        assertEquals(event, explanation.getEvent().getId().longValue());
        assertFalse(explanation.isReversal());
        assertEquals(Collections.emptyList(), explanation.getReversals());
    }

    @Test
    void shouldExplainAReversalByTheEntryItReversesAndTheRefund() {
        long order = rows.order(channel, PAID_AT).member(member).insert();
        long line = rows.line(order, "1", "SKU-1", "Silk scarf", "199.00", "99.50");
        long commission = rows.entry(channel, order, line).amounts("199.00", "5.0000", "9.95").insert();
        long refund = rows.event(channel, "NO1", "REFUND:R1", new Date(PAID_AT.getTime() + DAY), "{\"type\":\"REFUND\"}");
        long reversal = rows.entry(channel, order, line).amounts("99.50", "5.0000", "-4.98").reversing(commission)
                .attribution(member.getId(), null, refund).createdAt(new Date(PAID_AT.getTime() + DAY)).insert();

        Explanation ofReversal = explainService.explain(reversal);
        Explanation ofCommission = explainService.explain(commission);

        assertTrue(ofReversal.isReversal());
        assertEquals(commission, ofReversal.getReversedEntry().getId().longValue());
        assertEquals(refund, ofReversal.getEvent().getId().longValue());
        assertEquals("REFUND:R1", ofReversal.getEvent().getEventKey());
        assertEquals(0, new BigDecimal("99.50").compareTo(ofReversal.getLine().getRefundedAmount()));
        assertEquals(1, ofCommission.getReversals().size());
        assertEquals(reversal, ofCommission.getReversals().get(0).getId().longValue());
    }

    @Test
    void shouldFindTheBindingInForceAtThePaidTimeWhenTheLedgerNamesNone() {
        BindingRecord atPaidTime = latestRecordOf(member);
        Guide later = organisation.guide(store);
        bindAt(member, later, PAID_AT.getTime() + DAY);
        long order = rows.order(channel, PAID_AT).member(member).insert();
        long line = rows.line(order, "1", "SKU-1", "Silk scarf", "199.00", "0.00");
        long entry = rows.entry(channel, order, line).insert();

        Explanation explanation = explainService.explain(entry);

        assertEquals(atPaidTime.getId(), explanation.getBinding().getId());
        assertFalse(explanation.isBindingRecorded());
    }

    @Test
    void shouldExplainABonusByWhatItIsForWithoutAnOrder() {
        Long id = ledgerService.appendBonus(new Bonus("GUIDE", sharer.getId(), sharer.getGuideCode(), sharer.getName(),
                new BigDecimal("500"), "CNY", "contest.bonusFor|December|1"));

        Explanation explanation = explainService.explain(id);

        assertNull(explanation.getOrder());
        assertNull(explanation.getAttribution());
        assertEquals("BONUS", explanation.getEntry().getKind());
        assertEquals(new BigDecimal("500.00"), explanation.getEntry().getAmount());
        assertEquals("contest.bonusFor|December|1", explanation.getEntry().getRuleScope());
    }

    @Test
    void shouldExplainNothingForAnUnknownEntry() {
        assertNull(explainService.explain(-1L));
    }

    private void bindAt(Customer customer, Guide guide, long millis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(millis));
        try {
            bindingService.bind(customer, guide, BindingSource.ADMIN, "hq", null);
        } finally {
            SystemTime.reset();
        }
    }

    private BindingRecord latestRecordOf(Customer customer) {
        return bindingService.findHistory(customer.getId()).get(0);
    }

    private Franchisee franchisee() {
        Franchisee created = organisationService.createFranchisee();
        created.setCode("F" + LedgerRows.nextId());
        created.setName("Hangzhou Partner");
        return organisationService.saveFranchisee(created);
    }
}
