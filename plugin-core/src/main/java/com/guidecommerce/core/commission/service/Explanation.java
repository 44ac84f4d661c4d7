package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelEventRecord;
import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.ChannelOrderLine;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.commission.domain.OrderAttribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Why a ledger entry exists, gathered in one place: the order and line it pays on, the member and the binding in force
 * when the order was paid, the sharer and franchisee the order was attributed to, the plan version and rule that set
 * the rate, the event that wrote the entry, and for a reversal the entry it reverses (for a commission, the reversals
 * of it so far). Any part the ledger does not name (an unmatched order has no member) is {@code null}.
 */
public class Explanation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CommissionEntry entry;
    private Channel channel;
    private OrderAttribution attribution;
    private BindingRecord binding;
    private boolean bindingRecorded;
    private CommissionPlan plan;
    private CommissionRule rule;
    private ChannelEventRecord event;
    private CommissionEntry reversedEntry;
    private List<CommissionEntry> reversals = Collections.emptyList();

    public Explanation(CommissionEntry entry) {
        this.entry = entry;
    }

    public CommissionEntry getEntry() {
        return entry;
    }

    public ChannelOrder getOrder() {
        return entry.getOrder();
    }

    public ChannelOrderLine getLine() {
        return entry.getOrderLine();
    }

    /** The channel's registry entry, {@code null} when the channel was removed since. */
    public Channel getChannel() {
        return channel;
    }

    /** Whom the order credits (bound guide, sharer, franchisee), {@code null} while the buyer is not identified. */
    public OrderAttribution getAttribution() {
        return attribution;
    }

    /** The binding history record that made the member's guide the bound guide at the paid time, if any. */
    public BindingRecord getBinding() {
        return binding;
    }

    /**
     * Whether {@link #getBinding()} is the record the attribution itself used; otherwise it was looked up in the
     * history as of the paid time (the ledger did not name one).
     */
    public boolean isBindingRecorded() {
        return bindingRecorded;
    }

    public CommissionPlan getPlan() {
        return plan;
    }

    public CommissionRule getRule() {
        return rule;
    }

    /** The delivered event that wrote the entry: the order's payment or completion, or the refund of a reversal. */
    public ChannelEventRecord getEvent() {
        return event;
    }

    /** For a reversal, the commission it takes back. */
    public CommissionEntry getReversedEntry() {
        return reversedEntry;
    }

    /** For a commission, the reversals that took part of it back after refunds, oldest first. */
    public List<CommissionEntry> getReversals() {
        return reversals;
    }

    public boolean isReversal() {
        return "REVERSAL".equals(entry.getKind());
    }

    void setChannel(Channel channel) {
        this.channel = channel;
    }

    void setBinding(BindingRecord binding, boolean recorded) {
        this.binding = binding;
        this.bindingRecorded = binding != null && recorded;
    }

    void setPlan(CommissionPlan plan) {
        this.plan = plan;
    }

    void setRule(CommissionRule rule) {
        this.rule = rule;
    }

    void setAttribution(OrderAttribution attribution) {
        this.attribution = attribution;
    }

    void setEvent(ChannelEventRecord event) {
        this.event = event;
    }

    void setReversedEntry(CommissionEntry reversedEntry) {
        this.reversedEntry = reversedEntry;
    }

    void setReversals(List<CommissionEntry> reversals) {
        this.reversals = Collections.unmodifiableList(new ArrayList<CommissionEntry>(reversals));
    }
}
