package com.guidecommerce.core.board.rule;

import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.channel.service.OrderRefund;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.ledger.AppendedEntry;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each fact adds to the figures. A sale counts on the store-local day its order was paid, for the guide the
 * member was bound to then; a refund on the store-local day it happened, for the same guide; an order of a buyer not
 * identified yet counts nowhere until it is identified, and then with every refund it had meanwhile. Bindings count for
 * the guide bound to (new members when the member was never bound before); commission entries and reversals for the
 * guide they credit, on the day the ledger appended them. Days are those of the guide's store's time zone.
 */
public final class FigureRules {

    /** Guide's commission entries: the beneficiary type the board counts. */
    public static final String GUIDE = "GUIDE";

    private static final BigDecimal ONE = BigDecimal.ONE;

    /** What the rules need to know beyond the facts, read in bulk by the caller. */
    public interface Lookup {

        /** Where the guide the member was bound to at {@code at} works; {@code null} when they had no guide. */
        FigurePlace creditedAt(Long customerId, Date at);

        /** Where the guide works; {@code null} for an unknown guide. */
        FigurePlace placeOf(Long guideId);

        /** The refunds applied so far to an order, for an order identified now. */
        List<OrderRefund> refundsOf(Long orderId);
    }

    private FigureRules() {
    }

    /** Orders whose refunds the facts will need from {@link Lookup#refundsOf}: those identified now. */
    public static Set<Long> identifiedOrders(Collection<OrderEvent> events) {
        Set<Long> ids = new HashSet<Long>();
        for (OrderEvent event : events) {
            if (event.getType() == OrderEvent.Type.IDENTIFIED) {
                ids.add(event.getOrder().getId());
            }
        }
        return ids;
    }

    /** Adds one batch's order facts, in the order they happened. Completions change no figure. */
    public static void addOrders(List<OrderEvent> events, Lookup lookup, FigureSheet sheet) {
        Map<Long, Set<Long>> countedRefunds = refundsCountedAsTheyCame(events);
        for (OrderEvent event : events) {
            OrderView order = event.getOrder();
            if (!order.isMatched() || event.getType() == OrderEvent.Type.COMPLETED) {
                continue;
            }
            FigurePlace place = lookup.creditedAt(order.getCustomerId(), order.getPaidAt());
            if (place == null) {
                continue;
            }
            if (event.getType() == OrderEvent.Type.PAID) {
                addSale(sheet, place, order.getChannelCode(), order.getPaidAt(), paid(order));
            } else if (event.getType() == OrderEvent.Type.REFUNDED) {
                addRefund(sheet, place, order.getChannelCode(), event.getRefundedAt(), refunded(event));
            } else {
                addSale(sheet, place, order.getChannelCode(), order.getPaidAt(), paid(order));
                Set<Long> counted = countedRefunds.get(order.getId());
                for (OrderRefund refund : lookup.refundsOf(order.getId())) {
                    if (counted == null || !counted.contains(refund.getEventId())) {
                        addRefund(sheet, place, order.getChannelCode(), refund.getRefundedAt(), refund.getAmount());
                    }
                }
            }
        }
    }

    public static void addSale(FigureSheet sheet, FigurePlace place, String channelCode, Date paidAt,
                               BigDecimal amount) {
        sheet.add(place, channelCode, paidAt, Measure.SALES, amount);
        sheet.add(place, channelCode, paidAt, Measure.ORDERS, ONE);
    }

    public static void addRefund(FigureSheet sheet, FigurePlace place, String channelCode, Date refundedAt,
                                 BigDecimal amount) {
        sheet.add(place, channelCode, refundedAt, Measure.REFUNDS, amount);
        sheet.add(place, channelCode, refundedAt, Measure.REFUNDED_ORDERS, ONE);
    }

    public static void addBinding(FigureSheet sheet, FigurePlace place, NewBinding binding) {
        sheet.add(place, StoreDayKey.NO_CHANNEL, binding.getAt(), Measure.BINDINGS, ONE);
        if (binding.isFirstEver()) {
            sheet.add(place, StoreDayKey.NO_CHANNEL, binding.getAt(), Measure.NEW_MEMBERS, ONE);
        }
    }

    /** A guide's entry: a commission adds to COMMISSION, a reversal to COMMISSION_REVERSED (as a positive amount). */
    public static void addEntry(FigureSheet sheet, FigurePlace place, AppendedEntry entry) {
        if (entry.getKind() == EntryKind.COMMISSION) {
            sheet.add(place, entry.getChannelCode(), entry.getCreatedAt(), Measure.COMMISSION, entry.getAmount());
        } else {
            sheet.add(place, entry.getChannelCode(), entry.getCreatedAt(), Measure.COMMISSION_REVERSED,
                    entry.getAmount().abs());
        }
    }

    public static boolean countsFor(AppendedEntry entry) {
        return GUIDE.equals(entry.getBeneficiaryType());
    }

    /**
     * The refunds each order's REFUNDED facts of this batch report while the order is identified: counted one by one,
     * so an identification in the same batch does not count them again.
     */
    private static Map<Long, Set<Long>> refundsCountedAsTheyCame(List<OrderEvent> events) {
        Map<Long, Set<Long>> counted = new HashMap<Long, Set<Long>>();
        for (OrderEvent event : events) {
            if (event.getType() == OrderEvent.Type.REFUNDED && event.getOrder().isMatched()) {
                Set<Long> ids = counted.get(event.getOrder().getId());
                if (ids == null) {
                    ids = new HashSet<Long>();
                    counted.put(event.getOrder().getId(), ids);
                }
                ids.add(event.getEventId());
            }
        }
        return counted;
    }

    private static BigDecimal paid(OrderView order) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineView line : order.getLines()) {
            sum = sum.add(line.getPaidAmount());
        }
        return sum;
    }

    private static BigDecimal refunded(OrderEvent event) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderEvent.Refund refund : event.getRefunds()) {
            sum = sum.add(refund.getAmount());
        }
        return sum;
    }
}
