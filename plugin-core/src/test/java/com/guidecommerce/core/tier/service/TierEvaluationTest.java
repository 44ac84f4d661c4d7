package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.tier.domain.TierChange;
import com.guidecommerce.core.tier.domain.TierChangeCause;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.TierError;
import com.guidecommerce.core.tier.rule.TierException;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A period's evaluation on the real database, from generated board figures and ledger entries. */
@ExtendWith(BroadleafContextExtension.class)
class TierEvaluationTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcTierService")
    TierService tierService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    TierFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TierFixtures(context);
    }

    @Test
    void shouldUpgradeDowngradeAndKeepExactlyTheGuidesTheirRefundAdjustedFiguresCallFor() {
        Guide rising = fixtures.guide("NORMAL");
        Guide falling = fixtures.guide("SUPER");
        Guide steady = fixtures.guide("SUPER");
        Guide refunded = fixtures.guide("NORMAL");
        Guide partly = fixtures.guide("NORMAL");
        fixtures.guideDay(rising, "2001-01-05", "300.00", "0.00", 2, 1);
        fixtures.guideDay(rising, "2001-01-31", "250.00", "0.00", 1, 1);
        fixtures.guideDay(falling, "2000-12-31", "900.00", "0.00", 5, 5);
        fixtures.guideDay(steady, "2001-01-10", "800.00", "0.00", 4, 3);
        fixtures.guideDay(refunded, "2001-01-10", "600.00", "200.00", 3, 2);
        fixtures.guideDay(partly, "2001-01-10", "900.00", "0.00", 9, 1);

        List<TierEvaluationResult> results = tierService.evaluate(TierPeriod.parse("2001-01"), "test");

        assertTrue(results.get(0).isApplied());
        assertEquals("SUPER", fixtures.guideTier(rising));
        assertEquals("NORMAL", fixtures.guideTier(falling));
        assertEquals("SUPER", fixtures.guideTier(steady));
        assertEquals("NORMAL", fixtures.guideTier(refunded), "600.00 sold less 200.00 refunded is under 500.00");
        assertEquals("NORMAL", fixtures.guideTier(partly), "one new member of the two SUPER asks for");
        TierChange risen = tierService.findHistory(TierSubject.GUIDE, rising.getId(), 10).get(0);
        assertEquals("NORMAL", risen.getFromTier());
        assertEquals("SUPER", risen.getToTier());
        assertEquals("2001-01", risen.getPeriodKey());
        assertEquals(TierChangeCause.EVALUATION, risen.getCause());
        assertEquals(new BigDecimal("550.00"), risen.getSales());
        assertEquals(Long.valueOf(3), risen.getOrders());
        assertEquals(Long.valueOf(2), risen.getNewMembers());
        assertEquals(0, fixtures.historyRows(TierSubject.GUIDE, steady.getId()));
        assertEquals(0, fixtures.historyRows(TierSubject.GUIDE, partly.getId()));
    }

    @Test
    void shouldMoveDistributorsByTheirNetSharerSalesOfOrdersPaidInThePeriodAndDownOnlyOneStep() {
        Distributor rising = fixtures.distributor("D_NORMAL");
        Distributor falling = fixtures.distributor("D_GOLD");
        Distributor steady = fixtures.distributor("D_SILVER");
        Distributor refunded = fixtures.distributor("D_SILVER");
        Distributor late = fixtures.distributor("D_NORMAL");
        for (String day : new String[] {"2001-02-01", "2001-02-09", "2001-02-17", "2001-02-28"}) {
            fixtures.shared(rising, day, "1500.00");
            fixtures.shared(late, "2001-03-01", "1500.00");
        }
        fixtures.shared(steady, "2001-02-03", "600.00");
        fixtures.shared(steady, "2001-02-04", "600.00");
        fixtures.shared(refunded, "2001-02-03", "1500.00");
        fixtures.refunded(refunded, fixtures.shared(refunded, "2001-02-04", "1500.00"), "1500.00");

        tierService.evaluate(TierPeriod.parse("2001-02"), "test");

        assertEquals("D_GOLD", fixtures.distributorTier(rising), "two steps up at once");
        assertEquals("D_SILVER", fixtures.distributorTier(falling), "one step down, not two");
        assertEquals("D_SILVER", fixtures.distributorTier(steady));
        assertEquals("D_NORMAL", fixtures.distributorTier(refunded), "one order is left after the refund");
        assertEquals("D_NORMAL", fixtures.distributorTier(late), "orders paid after the period count next time");
        DistributorEvent event = distributionService.findHistory(rising.getId()).get(0);
        assertEquals(DistributorAction.TIER_CHANGED, event.getAction());
        assertEquals("D_NORMAL", event.getTierBefore());
        assertEquals("D_GOLD", event.getTierAfter());
    }

    @Test
    void shouldChangeNothingWhenThePeriodIsEvaluatedAgain() {
        Guide rising = fixtures.guide("NORMAL");
        fixtures.guideDay(rising, "2001-04-02", "700.00", "0.00", 3, 2);
        TierPeriod april = TierPeriod.parse("2001-04");
        tierService.evaluate(april, "test");
        fixtures.guideDay(rising, "2001-04-03", "-700.00", "0.00", 0, 0);

        List<TierEvaluationResult> again = tierService.evaluate(april, "test");

        assertFalse(again.get(0).isApplied());
        assertFalse(again.get(1).isApplied());
        assertEquals("SUPER", fixtures.guideTier(rising));
        assertEquals(1, fixtures.historyRows(TierSubject.GUIDE, rising.getId()));
    }

    @Test
    void shouldStartTheNextEvaluationFromHqsOverride() {
        Distributor promoted = fixtures.distributor("D_NORMAL");

        TierChange override = tierService.override(TierSubject.DISTRIBUTOR, promoted.getId(), "D_GOLD", "hq-admin",
                "Best seller of the spring fair");
        tierService.evaluate(TierPeriod.parse("2001-05"), "test");

        assertEquals(TierChangeCause.OVERRIDE, override.getCause());
        assertEquals("D_NORMAL", override.getFromTier());
        assertEquals("hq-admin", override.getActor());
        assertEquals("Best seller of the spring fair", override.getReason());
        assertEquals("D_SILVER", fixtures.distributorTier(promoted), "down one step from the override");
        assertEquals(2, fixtures.historyRows(TierSubject.DISTRIBUTOR, promoted.getId()));
    }

    @Test
    void shouldRefuseAnOverrideWithoutReasonAndChangeNothing() {
        Guide guide = fixtures.guide("NORMAL");

        TierException refused = assertThrows(TierException.class,
                () -> tierService.override(TierSubject.GUIDE, guide.getId(), "SUPER", "hq-admin", " "));

        assertEquals(TierError.REASON_REQUIRED, refused.getError());
        assertEquals("NORMAL", fixtures.guideTier(guide));
    }

    @Test
    void shouldRefuseToEvaluateAPeriodWhoseReturnWindowIsOpen() {
        TierPeriod current = tierService.currentPeriod();

        TierException refused = assertThrows(TierException.class, () -> tierService.evaluate(current, "test"));

        assertEquals(TierError.PERIOD_NOT_SETTLED, refused.getError());
        assertEquals(0, fixtures.jdbc().queryForObject("select count(*) from GC_TIER_EVALUATION where PERIOD_KEY = ?",
                Integer.class, current.getKey()).intValue());
    }

    @Test
    void shouldPreviewTheCurrentPeriodWithoutWriting() {
        Guide rising = fixtures.guide("NORMAL");
        fixtures.guideDay(rising, tierService.currentPeriod().getFirstDay().toString(), "800.00", "0.00", 5, 2);

        TierProposal proposal = null;
        for (TierProposal each : tierService.preview(TierSubject.GUIDE)) {
            if (each.getSubjectId().equals(rising.getId())) {
                proposal = each;
            }
        }

        assertEquals("NORMAL", proposal.getCurrentTier());
        assertEquals("SUPER", proposal.getProposedTier());
        assertEquals(5, proposal.getFigures().getOrders());
        assertEquals("NORMAL", fixtures.guideTier(rising));
        assertEquals(0, fixtures.historyRows(TierSubject.GUIDE, rising.getId()));
    }
}
