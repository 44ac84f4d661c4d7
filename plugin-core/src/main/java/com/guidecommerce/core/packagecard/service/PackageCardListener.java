package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelKeys;
import com.guidecommerce.core.channel.order.OrderEvent;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.packagecard.dao.CampaignTerms;
import com.guidecommerce.core.packagecard.dao.ClaimRow;
import com.guidecommerce.core.packagecard.dao.FunnelEvent;
import com.guidecommerce.core.packagecard.dao.PackageCardStore;
import com.guidecommerce.core.packagecard.domain.FunnelStage;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package cards' reaction to the order stream, in every channel. A paid order of a campaign's channel (and
 * store) in its period is a card issued; a claimant's paid order within the campaign's window after the claim is
 * their first order (in any channel, and in the own mall when it is one). A paid order whose card was claimed before
 * it arrived is linked to the claimant, but only once the batch has committed: linking is the channel feature's
 * identification, which takes the orders' locks in a transaction of its own and would wait forever for the batch
 * holding them. A link that fails then stays pending for {@link PackageCardService#linkPendingClaims()}. Writes
 * GC_PACKAGE_CARD_EVENT only. Bean {@code gcPackageCardListener}.
 */
public class PackageCardListener implements OrderListener, Ordered {

    public static final int ORDER = 3200;

    private final PackageCardStore store;
    private final CardClaims claims;

    public PackageCardListener(PackageCardStore store, CardClaims claims) {
        this.store = store;
        this.claims = claims;
    }

    @Override
    public void onOrders(OrderFacts facts) {
        List<OrderView> paid = new ArrayList<OrderView>();
        List<OrderView> bought = new ArrayList<OrderView>();
        for (OrderEvent event : facts.getEvents()) {
            if (event.getType() == OrderEvent.Type.PAID) {
                paid.add(event.getOrder());
            }
            if ((event.getType() == OrderEvent.Type.PAID || event.getType() == OrderEvent.Type.IDENTIFIED)
                    && event.getOrder().isMatched()) {
                bought.add(event.getOrder());
            }
        }
        if (paid.isEmpty() && bought.isEmpty()) {
            return;
        }
        String channel = facts.getChannel().getCode();
        List<FunnelEvent> steps = issued(channel, paid);
        steps.addAll(firstOrders(channel, bought));
        store.recordEvents(steps);
        linkAfterCommit(channel, paid);
    }

    private List<FunnelEvent> issued(String channel, List<OrderView> paid) {
        List<FunnelEvent> steps = new ArrayList<FunnelEvent>();
        if (paid.isEmpty()) {
            return steps;
        }
        for (CampaignTerms campaign : store.findCampaignsOf(Collections.singleton(channel))) {
            for (OrderView order : paid) {
                if (campaign.issues(channel, order.getStoreCode(), order.getPaidAt())) {
                    steps.add(new FunnelEvent(campaign.getId(), FunnelStage.ISSUED, String.valueOf(order.getId()),
                            order.getCustomerId(), channel, order.getId(), order.getStoreCode() != null
                            ? order.getStoreCode() : campaign.getStoreCode(), order.getPaidAt()));
                }
            }
        }
        return steps;
    }

    /** The first order of each claimant within each claimed campaign's window; earlier orders first. */
    private List<FunnelEvent> firstOrders(String channel, List<OrderView> bought) {
        List<FunnelEvent> steps = new ArrayList<FunnelEvent>();
        if (bought.isEmpty()) {
            return steps;
        }
        Set<Long> buyers = new LinkedHashSet<Long>();
        for (OrderView order : bought) {
            buyers.add(order.getCustomerId());
        }
        Map<String, ClaimRow> firstClaims = new HashMap<String, ClaimRow>();
        Set<Long> campaignIds = new LinkedHashSet<Long>();
        for (ClaimRow claim : store.findClaimsOf(buyers)) {
            String key = claim.getCampaignId() + ":" + claim.getCustomerId();
            if (!firstClaims.containsKey(key)) {
                firstClaims.put(key, claim);
                campaignIds.add(claim.getCampaignId());
            }
        }
        if (firstClaims.isEmpty()) {
            return steps;
        }
        Map<Long, CampaignTerms> campaigns = new HashMap<Long, CampaignTerms>();
        for (CampaignTerms campaign : store.findCampaigns(campaignIds)) {
            campaigns.put(campaign.getId(), campaign);
        }
        List<OrderView> inPaymentOrder = new ArrayList<OrderView>(bought);
        Collections.sort(inPaymentOrder, new Comparator<OrderView>() {
            @Override
            public int compare(OrderView a, OrderView b) {
                return a.getPaidAt().compareTo(b.getPaidAt());
            }
        });
        for (ClaimRow claim : firstClaims.values()) {
            CampaignTerms campaign = campaigns.get(claim.getCampaignId());
            long windowEnd = claim.getClaimedAt().getTime() + campaign.getWindowDays() * 86400000L;
            for (OrderView order : inPaymentOrder) {
                long paidAt = order.getPaidAt().getTime();
                if (!order.getCustomerId().equals(claim.getCustomerId()) || paidAt < claim.getClaimedAt().getTime()
                        || paidAt >= windowEnd) {
                    continue;
                }
                steps.add(firstOrder(claim, FunnelStage.FIRST_ANY_ORDER, order));
                if (Channel.OWN_MALL.equals(channel)) {
                    steps.add(firstOrder(claim, FunnelStage.FIRST_MALL_ORDER, order));
                }
            }
        }
        return steps;
    }

    private static FunnelEvent firstOrder(ClaimRow claim, FunnelStage stage, OrderView order) {
        return new FunnelEvent(claim.getCampaignId(), stage, String.valueOf(claim.getCustomerId()),
                claim.getCustomerId(), claim.getChannelCode(), order.getId(), claim.getStoreCode(), order.getPaidAt());
    }

    private void linkAfterCommit(String channel, List<OrderView> paid) {
        if (paid.isEmpty()) {
            return;
        }
        List<String> orderNos = new ArrayList<String>(paid.size());
        for (OrderView order : paid) {
            orderNos.add(ChannelKeys.canonical(order.getOrderNo()));
        }
        final List<ClaimRow> pending = store.findPendingClaims(channel, orderNos);
        if (pending.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            claims.linkAll(pending);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                claims.linkAll(pending);
            }
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
