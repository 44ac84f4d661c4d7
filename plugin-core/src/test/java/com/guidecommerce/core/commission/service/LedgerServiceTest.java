package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerFixtures;
import com.guidecommerce.core.test.LedgerFixtures.Beneficiary;
import com.guidecommerce.core.test.LedgerFixtures.Line;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Date;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Frozen entries become settleable when their return window closes, eligible from the moment it closed. */
@ExtendWith(BroadleafContextExtension.class)
class LedgerServiceTest {

    private static final long DAY = 86_400_000L;
    /** Far in the past, so that no other test's frozen entries are due at this moment. */
    private static final long NOW = 978_307_200_000L;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcLedgerService")
    LedgerService ledgerService;

    @AfterEach
    void releaseClock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldReleaseFrozenEntriesWhoseReturnWindowClosed() {
        LedgerFixtures ledger = new LedgerFixtures(context);
        Line line = ledger.orderLine("JD", "SKU-1", new Date(NOW - 30 * DAY));
        Beneficiary guide = ledger.beneficiary("GUIDE", "Li Na");
        long closedYesterday = ledger.entry(line, guide, "COMMISSION", "5.00", "CNY", "FROZEN", null, new Date(NOW - DAY));
        long closingNow = ledger.entry(line, guide, "COMMISSION", "1.00", "CNY", "FROZEN", null, new Date(NOW));
        long stillOpen = ledger.entry(line, guide, "COMMISSION", "2.00", "CNY", "FROZEN", null, new Date(NOW + DAY));
        long pending = ledger.entry(line, guide, "COMMISSION", "3.00", "PENDING", null);
        SystemTime.setGlobalTimeSource(new FixedTimeSource(NOW));

        int released = ledgerService.releaseFrozenEntries();

        assertEquals(2, released);
        assertEquals("SETTLEABLE", ledger.stateOf(closedYesterday));
        assertEquals(new Date(NOW - DAY), ledger.eligibleAtOf(closedYesterday));
        assertEquals(new Date(NOW), ledger.stateChangedAtOf(closedYesterday));
        assertEquals("SETTLEABLE", ledger.stateOf(closingNow));
        assertEquals("FROZEN", ledger.stateOf(stillOpen));
        assertNull(ledger.eligibleAtOf(stillOpen));
        assertEquals("PENDING", ledger.stateOf(pending));
        assertEquals(0, ledgerService.releaseFrozenEntries(), "released once");
    }

    @Test
    void shouldSumABeneficiarysEntriesByStateWithReversalsTakenOff() {
        LedgerFixtures ledger = new LedgerFixtures(context);
        Line line = ledger.orderLine("TMALL", "SKU-2", new Date(NOW - 30 * DAY));
        Beneficiary guide = ledger.beneficiary("GUIDE", "Zhou Nan");
        Beneficiary other = ledger.beneficiary("GUIDE", "Sun Yue");
        ledger.entry(line, guide, "COMMISSION", "10.00", "PENDING", null);
        ledger.entry(line, guide, "REVERSAL", "-2.50", "PENDING", null);
        ledger.entry(line, guide, "COMMISSION", "4.00", "CNY", "FROZEN", null, new Date(NOW + DAY));
        ledger.entry(line, guide, "COMMISSION", "1.25", "SETTLEABLE", new Date(NOW - DAY));
        ledger.entry(line, guide, "COMMISSION", "0.75", "SETTLEABLE", new Date(NOW - DAY));
        ledger.entry(line, other, "COMMISSION", "99.00", "PENDING", null);

        LedgerTotals totals = ledgerService.totalsOf("GUIDE", guide.id);

        assertEquals(new BigDecimal("7.50"), totals.getPending());
        assertEquals(new BigDecimal("4.00"), totals.getFrozen());
        assertEquals(new BigDecimal("2.00"), totals.getSettleable());
        assertEquals(new BigDecimal("0.00"), totals.getSettled());
        assertEquals(new BigDecimal("0.00"), totals.getPaid());
        assertEquals(new BigDecimal("0.00"), ledgerService.totalsOf("FRANCHISEE", guide.id).getPending(),
                "by type and id");
    }
}
