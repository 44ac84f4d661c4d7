package com.guidecommerce.site.distribution;

import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.site.common.StoreDates;
import com.guidecommerce.site.guide.WorkbenchText;

import java.util.Locale;

/** One ledger entry of a distributor's, as they read it: when, which order in which channel, how much, its state. */
public final class EarningRow {

    /** Followed by the entry's state, e.g. {@code gc.distributor.entry.state.FROZEN}. */
    public static final String STATE_PREFIX = "gc.distributor.entry.state.";

    private final String day;
    private final String channel;
    private final String orderNo;
    private final boolean reversal;
    private final String amount;
    private final String state;

    private EarningRow(String day, String channel, String orderNo, boolean reversal, String amount, String state) {
        this.day = day;
        this.channel = channel;
        this.orderNo = orderNo;
        this.reversal = reversal;
        this.amount = amount;
        this.state = state;
    }

    /**
     * @param channelName the channel's name in the reader's language
     * @param store       whose calendar the day is in (the distributor's guide's store)
     */
    static EarningRow of(CommissionEntry entry, String channelName, Store store, Locale locale) {
        return new EarningRow(StoreDates.day(entry.getCreatedAt(), store), channelName,
                entry.getOrder() == null ? "" : entry.getOrder().getOrderNo(),
                EntryKind.REVERSAL.name().equals(entry.getKind()),
                WorkbenchText.money(entry.getAmount(), locale), entry.getState());
    }

    public String getDay() {
        return day;
    }

    public String getChannel() {
        return channel;
    }

    public String getOrderNo() {
        return orderNo;
    }

    /** A refund took this much back. */
    public boolean isReversal() {
        return reversal;
    }

    public String getAmount() {
        return amount;
    }

    public String getState() {
        return state;
    }

    public String getStateKey() {
        return STATE_PREFIX + state;
    }
}
