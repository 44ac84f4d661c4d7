package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.tier.domain.TierSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a guide or distributor still needs this period for the next tier, from the same figures evaluation reads. */
@ExtendWith(BroadleafContextExtension.class)
class TierProgressTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcTierService")
    TierService tierService;

    TierFixtures fixtures;

    @BeforeEach
    void ladders() {
        fixtures = new TierFixtures(context);
    }

    @Test
    void shouldTellAGuideWhatTheNextTierStillNeedsThisPeriod() {
        Guide guide = fixtures.guide("NORMAL");
        String today = tierService.currentPeriod().getFirstDay().toString();
        fixtures.guideDay(guide, today, "300.00", "0.00", 1, 2);

        TierProgress progress = tierService.progressOf(TierSubject.GUIDE, guide.getId(), "NORMAL");

        assertEquals("NORMAL", progress.getCurrent().getCode());
        assertEquals("SUPER", progress.getNext().getCode());
        assertEquals(new BigDecimal("200.00"), progress.getSalesNeeded().setScale(2));
        assertEquals(2, progress.getOrdersNeeded());
        assertEquals(0, progress.getNewMembersNeeded());
    }

    @Test
    void shouldTellADistributorAtTheTopThatThereIsNoNextTier() {
        Distributor gold = fixtures.distributor("D_GOLD");

        TierProgress progress = tierService.progressOf(TierSubject.DISTRIBUTOR, gold.getId(), gold.getTierCode());

        assertEquals("D_GOLD", progress.getCurrent().getCode());
        assertNull(progress.getNext());
        assertEquals(BigDecimal.ZERO, progress.getSalesNeeded());
    }
}
