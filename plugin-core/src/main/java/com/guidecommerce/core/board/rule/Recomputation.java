package com.guidecommerce.core.board.rule;

import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.channel.service.OrderRefund;
import com.guidecommerce.core.channel.service.PaidOrder;
import com.guidecommerce.core.commission.ledger.AppendedEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a range of days computed afresh from what the owning features hold (paid orders and refunds of
 * identified members, bindings made, guides' ledger entries), by the same {@link FigureRules} the listeners follow:
 * what the stored figures of those days must equal.
 */
public final class Recomputation {

    private Recomputation() {
    }

    /**
     * @param first the range's first store-local day; facts of other days (the inputs may hold some) are left out
     * @param last  its last day, inclusive
     */
    public static FigureSheet figures(List<PaidOrder> paid, List<OrderRefund> refunds, List<NewBinding> bindings,
                                      List<AppendedEntry> entries, FigureRules.Lookup lookup, LocalDate first,
                                      LocalDate last) {
        FigureSheet sheet = new FigureSheet();
        for (PaidOrder order : paid) {
            FigurePlace place = lookup.creditedAt(order.getCustomerId(), order.getPaidAt());
            if (place != null) {
                FigureRules.addSale(sheet, place, order.getChannelCode(), order.getPaidAt(), order.getPaidAmount());
            }
        }
        for (OrderRefund refund : refunds) {
            FigurePlace place = lookup.creditedAt(refund.getCustomerId(), refund.getPaidAt());
            if (place != null) {
                FigureRules.addRefund(sheet, place, refund.getChannelCode(), refund.getRefundedAt(),
                        refund.getAmount());
            }
        }
        for (NewBinding binding : bindings) {
            FigurePlace place = lookup.placeOf(binding.getGuideId());
            if (place != null) {
                FigureRules.addBinding(sheet, place, binding);
            }
        }
        for (AppendedEntry entry : entries) {
            FigurePlace place = FigureRules.countsFor(entry) ? lookup.placeOf(entry.getBeneficiaryId()) : null;
            if (place != null) {
                FigureRules.addEntry(sheet, place, entry);
            }
        }
        return sheet.within(first, last);
    }
}
