package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerFixtures;
import com.guidecommerce.core.test.LedgerFixtures.Beneficiary;
import com.guidecommerce.core.test.LedgerFixtures.Line;
import com.guidecommerce.core.test.LedgerRows;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
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

    @Test
    void shouldSumADistributorsSharerSalesNetOfRefundsOnOrdersPaidInTheRange() {
        LedgerRows rows = new LedgerRows(context);
        String channel = rows.channel();
        long distributorId = LedgerRows.nextId();
        long kept = sharerEntry(rows, channel, distributorId, "DISTRIBUTOR", "SHARER", NOW - DAY, "300.00");
        rows.reversalOf(channel, kept).beneficiary("SHARER", "DISTRIBUTOR", distributorId, "D1", null)
                .amounts("100.00", "5.0000", "-5.00").insert();
        long refunded = sharerEntry(rows, channel, distributorId, "DISTRIBUTOR", "SHARER", NOW - DAY, "50.00");
        rows.reversalOf(channel, refunded).beneficiary("SHARER", "DISTRIBUTOR", distributorId, "D1", null)
                .amounts("50.00", "5.0000", "-2.50").insert();
        sharerEntry(rows, channel, distributorId, "DISTRIBUTOR", "SHARER", NOW + DAY, "999.00");
        sharerEntry(rows, channel, distributorId, "GUIDE", "SHARER", NOW - DAY, "888.00");
        sharerEntry(rows, channel, distributorId, "DISTRIBUTOR", "SHARER_PARENT", NOW - DAY, "777.00");

        Map<Long, SharerFigures> figures = ledgerService.sharerFigures(Arrays.asList(distributorId,
                LedgerRows.nextId()), new Date(NOW - 7 * DAY), new Date(NOW));

        assertEquals(Collections.singleton(distributorId), figures.keySet());
        assertEquals(new BigDecimal("200.00"), figures.get(distributorId).getNetSales());
        assertEquals(1, figures.get(distributorId).getOrders(), "the fully refunded order is not counted");
    }

    /** An order paid at the moment with one line and the entry crediting the beneficiary on it; returns its id. */
    private static long sharerEntry(LedgerRows rows, String channel, long beneficiaryId, String type, String role,
                                    long paidAt, String base) {
        long orderId = rows.order(channel, new Date(paidAt)).insert();
        long lineId = rows.line(orderId, "1", "SKU-9", "Coat", base, "0.00");
        return rows.entry(channel, orderId, lineId).beneficiary(role, type, beneficiaryId, "D1", null)
                .amounts(base, "5.0000", "1.00").insert();
    }
}
