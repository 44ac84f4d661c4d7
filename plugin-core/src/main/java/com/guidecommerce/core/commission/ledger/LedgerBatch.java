package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.binding.service.BindingHistories;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.order.ChannelTerms;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.distribution.service.DistributorProfile;
import com.guidecommerce.core.organisation.service.GuideProfile;
import com.guidecommerce.core.organisation.service.OrganisationService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one batch of order facts does to the commission ledger. Everything it needs is read up front in bulk (stored
 * entries and attributions of the orders it touches, binding histories, guides, plans); the events are then applied
 * in the order they happened; new rows are written at the end and stored pending entries of completed orders frozen.
 */
final class LedgerBatch {

    private final LedgerStore store;
    private final IdBlocks ids;
    private final Attribution attribution;
    private final BindingService bindings;
    private final OrganisationService organisation;
    private final DistributionService distribution;
    private final List<LedgerEntryListener> entryListeners;

    private final Map<Long, LedgerOrder> orders = new LinkedHashMap<Long, LedgerOrder>();
    /** Orders paid in this batch: nothing of theirs is stored yet. */
    private final Set<Long> newOrders = new HashSet<Long>();
    private final Map<Long, Date> storedToFreeze = new LinkedHashMap<Long, Date>();
    private Parties parties;
    private BindingHistories histories;
    private CommissionWriter writer;

    LedgerBatch(LedgerStore store, IdBlocks ids, Attribution attribution, BindingService bindings,
                OrganisationService organisation, DistributionService distribution,
                List<LedgerEntryListener> entryListeners) {
        this.store = store;
        this.entryListeners = entryListeners;
        this.ids = ids;
        this.attribution = attribution;
        this.bindings = bindings;
        this.organisation = organisation;
        this.distribution = distribution;
    }

    /** Applies the facts, telling them how many entries each delivery caused. */
    void apply(OrderFacts facts) {
        ChannelTerms channel = facts.getChannel();
        prefetch(facts);
        for (OrderEvent event : facts.getEvents()) {
            LedgerOrder ledger = orders.get(event.getOrder().getId());
            if (event.getOrder().hasLines()) {
                ledger.order = event.getOrder();
            }
            facts.countWritten(event.getEventId(), apply(event, ledger, channel, facts.getNow()));
        }
        flush(facts.getNow());
    }

    private int apply(OrderEvent event, LedgerOrder ledger, ChannelTerms channel, Date now) {
        OrderView order = event.getOrder();
        switch (event.getType()) {
            case PAID:
                ledger.entriesKnown = true;
                if (!order.isMatched()) {
                    return 0;
                }
                ledger.attribution = attribution.attribute(order, histories, parties, now);
                return channel.startsWhenPaid() ? writer.commission(ledger, event.getEventId(), now) : 0;
            case IDENTIFIED:
                ledger.attribution = attribution.attribute(order, histories, parties, now, event.getCreditFrom());
                boolean earns = channel.startsWhenPaid() || order.getCompletedAt() != null;
                return earns && !ledger.hasCommissions() ? writer.commission(ledger, null, now) : 0;
            case COMPLETED:
                // Channels whose commission starts at completion report their completions with the lines.
                if (!channel.startsWhenPaid() && order.isMatched() && ledger.attribution != null
                        && !ledger.hasCommissions()) {
                    return writer.commission(ledger, event.getEventId(), now);
                }
                writer.freeze(ledger, order.getReturnWindowEndsAt(), now);
                if (!newOrders.contains(order.getId())) {
                    storedToFreeze.put(order.getId(), order.getReturnWindowEndsAt());
                }
                return 0;
            default:
                int entries = 0;
                for (OrderEvent.Refund refund : event.getRefunds()) {
                    entries += writer.reverse(ledger, refund.getLineId(), order.line(refund.getLineId()).getPaidAmount(),
                            refund.getRefundedBefore(), refund.getAmount(), event.getEventId(), now);
                }
                return entries;
        }
    }

    /**
     * Reads at once what the events will need. Stored entries only of the orders a refund, an identification or a
     * commission on completion touches: a plain completion freezes its entries with one set-based statement.
     */
    private void prefetch(OrderFacts facts) {
        Set<Long> withEntries = new HashSet<Long>();
        Set<Long> completedLate = new HashSet<Long>();
        Set<Long> members = new HashSet<Long>();
        Set<String> sharerCodes = new HashSet<String>();
        boolean startsWhenPaid = facts.getChannel().startsWhenPaid();
        for (OrderEvent event : facts.getEvents()) {
            OrderView order = event.getOrder();
            if (!orders.containsKey(order.getId())) {
                orders.put(order.getId(), new LedgerOrder(order));
            }
            if (event.getType() == OrderEvent.Type.PAID) {
                newOrders.add(order.getId());
            } else if (!newOrders.contains(order.getId())) {
                boolean lateCommission = event.getType() == OrderEvent.Type.COMPLETED && !startsWhenPaid
                        && order.isMatched();
                if (lateCommission) {
                    completedLate.add(order.getId());
                }
                if (lateCommission || event.getType() != OrderEvent.Type.COMPLETED) {
                    withEntries.add(order.getId());
                }
            }
            if ((event.getType() == OrderEvent.Type.PAID || event.getType() == OrderEvent.Type.IDENTIFIED)
                    && order.isMatched()) {
                members.add(order.getCustomerId());
                String sharer = attribution.sharerCode(order.getShareCode());
                if (sharer != null) {
                    sharerCodes.add(sharer);
                }
            }
        }
        Map<Long, List<LedgerRow>> entries = store.entriesOf(withEntries);
        Map<Long, AttributionRow> attributions = store.attributionsOf(completedLate);
        Set<Long> guideIds = new HashSet<Long>();
        Set<Long> distributorIds = new HashSet<Long>();
        for (Long orderId : withEntries) {
            LedgerOrder ledger = orders.get(orderId);
            ledger.entriesKnown = true;
            if (entries.containsKey(orderId)) {
                for (LedgerRow entry : entries.get(orderId)) {
                    ledger.add(entry);
                }
            }
            ledger.attribution = attributions.get(orderId);
            if (ledger.attribution != null) {
                addIfSet(guideIds, ledger.attribution.boundGuideId);
                addIfSet(guideIds, ledger.attribution.sharerGuideId);
                addIfSet(guideIds, ledger.attribution.parentGuideId);
                addIfSet(distributorIds, ledger.attribution.sharerDistributorId);
            }
        }
        histories = bindings.findHistories(members);
        for (OrderEvent event : facts.getEvents()) {
            OrderView order = event.getOrder();
            if (order.isMatched() && members.contains(order.getCustomerId())) {
                BindingHistories.BoundGuide bound = Attribution.boundGuide(order, histories, event.getCreditFrom());
                addIfSet(guideIds, bound == null ? null : bound.getGuideId());
            }
        }
        parties = new Parties();
        // Sharer codes are guides' or distributors'; a distributor's recruiting guide may be credited as the parent.
        Map<String, DistributorProfile> sharingDistributors = distribution.findProfilesByCode(sharerCodes);
        for (DistributorProfile distributor : sharingDistributors.values()) {
            parties.add(distributor);
            guideIds.add(distributor.getGuideId());
        }
        for (DistributorProfile distributor : distribution.findProfiles(distributorIds).values()) {
            parties.add(distributor);
        }
        for (GuideProfile guide : organisation.findGuideProfiles(guideIds).values()) {
            parties.add(guide);
        }
        for (GuideProfile sharer : organisation.findGuideProfilesByCode(sharerCodes).values()) {
            parties.add(sharer);
        }
        writer = new CommissionWriter(ids, store.publishedPlans(), parties);
    }

    private void flush(Date now) {
        List<AttributionRow> attributions = new ArrayList<AttributionRow>();
        List<LedgerRow> entries = new ArrayList<LedgerRow>();
        for (LedgerOrder ledger : orders.values()) {
            if (ledger.attribution != null && ledger.attribution.isNew) {
                attributions.add(ledger.attribution);
            }
            for (LedgerRow entry : ledger.entries) {
                if (entry.isNew) {
                    entries.add(entry);
                }
            }
        }
        store.insert(attributions, entries);
        store.freezePending(storedToFreeze, now);
        tell(entries);
    }

    private void tell(List<LedgerRow> entries) {
        if (entries.isEmpty() || entryListeners.isEmpty()) {
            return;
        }
        List<AppendedEntry> appended = new ArrayList<AppendedEntry>(entries.size());
        for (LedgerRow e : entries) {
            appended.add(new AppendedEntry(e.id, e.kind, e.role, e.beneficiaryType, e.beneficiaryId, e.channelCode,
                    e.orderId, e.amount, e.createdAt));
        }
        appended = Collections.unmodifiableList(appended);
        for (LedgerEntryListener listener : entryListeners) {
            listener.onAppended(appended);
        }
    }

    private static void addIfSet(Set<Long> set, Long value) {
        if (value != null) {
            set.add(value);
        }
    }
}
