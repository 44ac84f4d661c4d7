package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingResult;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelOrderRef;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.packagecard.dao.ClaimRow;
import com.guidecommerce.core.packagecard.dao.FunnelEvent;
import com.guidecommerce.core.packagecard.dao.PackageCardStore;
import com.guidecommerce.core.packagecard.domain.FunnelStage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Claiming a card, as a sequence of short transactions that never hold one another's locks: first the claim row
 * (its primary key lets one account own an order's card; a second account's insert waits for the first and then
 * finds it taken), then the binding (the binding service's own transaction), then the buyer's identification (the
 * channel feature's own transaction, which locks the orders it attributes; orders paid while the member had no guide
 * are credited to the guide they have now, normally the card's), then the funnel steps. The order is looked at before
 * the claim row is written, and again when linking: an order HQ or a delivery attributed to another account in
 * between makes the claim withdraw itself (the binding made just before stays, recorded in the member's binding
 * history). A lost deadlock on the claim row is tried again. Bean
 * {@code gcPackageCardClaims}.
 */
public class CardClaims {

    static final String ACTOR = "package-card";
    private static final Log LOG = LogFactory.getLog(CardClaims.class);
    private static final int ATTEMPTS = 3;

    private final PackageCardStore store;
    private final ChannelOrderService channelOrderService;
    private final IdentityService identityService;
    private final BindingService bindingService;
    private final TransactionTemplate newTransaction;

    public CardClaims(PackageCardStore store, ChannelOrderService channelOrderService,
                      IdentityService identityService, BindingService bindingService,
                      PlatformTransactionManager transactionManager) {
        this.store = store;
        this.channelOrderService = channelOrderService;
        this.identityService = identityService;
        this.bindingService = bindingService;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ClaimResult claim(CardView card, Customer member) {
        Date now = SystemTime.asDate();
        String channel = card.getChannelCode();
        if (card.hasOrder()) {
            ChannelOrderRef order = channelOrderService.findOrder(channel, card.getOrderNo());
            if (order != null && order.isMatched() && !order.getCustomerId().equals(member.getId())) {
                return new ClaimResult(ClaimOutcome.OTHER_ACCOUNT, null, 0);
            }
        }
        final ClaimRow claim = new ClaimRow(card.hasOrder() ? ClaimRow.orderKey(channel, card.getOrderNo())
                : ClaimRow.memberKey(card.getCampaign().getId(), member.getId()), card.getCampaign().getId(),
                member.getId(), channel, card.getOrderNo(), card.getStoreCode(),
                card.hasOrder() ? ClaimRow.PENDING : ClaimRow.BOUND, now);
        if (!insert(claim)) {
            ClaimRow existing = store.findClaim(claim.getKey());
            boolean mine = existing != null && existing.getCustomerId().equals(member.getId());
            return new ClaimResult(mine ? ClaimOutcome.ALREADY_CLAIMED : ClaimOutcome.OTHER_ACCOUNT, null, 0);
        }
        // Bound first, so the identification that follows credits the card's guide with the buyer's orders paid
        // while they had no guide.
        BindingResult binding = bindingService.bind(member, card.getGuide(), BindingSource.PACKAGE_CARD,
                member.getUsername(), BindingReasons.PACKAGE_CARD);
        ClaimOutcome outcome = ClaimOutcome.BOUND;
        int attributed = 0;
        if (card.hasOrder()) {
            Link link = link(claim);
            if (link.outcome == ClaimOutcome.OTHER_ACCOUNT) {
                // HQ or a delivery gave the order to another member between the first look and the link.
                withdraw(claim);
                return new ClaimResult(ClaimOutcome.OTHER_ACCOUNT, null, 0);
            }
            outcome = link.outcome;
            attributed = link.attributed;
        }
        List<FunnelEvent> steps = new ArrayList<FunnelEvent>();
        steps.add(step(claim, FunnelStage.CLAIM, now));
        if (binding.getOutcome() == BindingOutcome.BIND || binding.getOutcome() == BindingOutcome.REBIND) {
            steps.add(step(claim, FunnelStage.BIND, now));
        }
        record(steps);
        return new ClaimResult(outcome, binding, attributed);
    }

    /** Links the claims' orders that have arrived; claims of orders that turned out to be another's are withdrawn. */
    int linkAll(List<ClaimRow> claims) {
        int linked = 0;
        for (ClaimRow claim : claims) {
            try {
                Link link = link(claim);
                if (link.outcome == ClaimOutcome.OTHER_ACCOUNT) {
                    withdraw(claim);
                    LOG.info("Package card of order " + claim.getChannelCode() + "/" + claim.getOrderNo() + " was"
                            + " claimed by member " + claim.getCustomerId() + " but the order belongs to another");
                } else if (link.outcome != ClaimOutcome.PENDING) {
                    linked++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not link the package card of order " + claim.getChannelCode() + "/"
                        + claim.getOrderNo() + "; it stays pending", e);
            }
        }
        return linked;
    }

    /**
     * Gives the order's buyer to the claimant if the order is there and nobody's: LINKED (and counted) when this call
     * identified it, ALREADY_YOURS when it already was the claimant's, PENDING when it has not arrived.
     */
    private Link link(ClaimRow claim) {
        ChannelOrderRef order = channelOrderService.findOrder(claim.getChannelCode(), claim.getOrderNo());
        if (order == null) {
            return new Link(ClaimOutcome.PENDING, 0);
        }
        int attributed = 0;
        boolean identified = false;
        if (!order.isMatched()) {
            try {
                attributed = identityService.identifyByPackageCard(order.getId(), claim.getCustomerId(), ACTOR);
                identified = true;
            } catch (ChannelException e) {
                LOG.info("Order " + claim.getChannelCode() + "/" + claim.getOrderNo() + " could not be linked to"
                        + " member " + claim.getCustomerId() + ": " + e.getCode());
            }
            order = channelOrderService.findOrder(claim.getChannelCode(), claim.getOrderNo());
        }
        if (!claim.getCustomerId().equals(order.getCustomerId())) {
            return new Link(ClaimOutcome.OTHER_ACCOUNT, 0);
        }
        markLinked(claim);
        if (identified) {
            record(Collections.singletonList(new FunnelEvent(claim.getCampaignId(), FunnelStage.LINK,
                    String.valueOf(order.getId()), claim.getCustomerId(), claim.getChannelCode(), order.getId(),
                    claim.getStoreCode(), SystemTime.asDate())));
            return new Link(ClaimOutcome.LINKED, attributed);
        }
        return new Link(ClaimOutcome.ALREADY_YOURS, 0);
    }

    private static FunnelEvent step(ClaimRow claim, FunnelStage stage, Date at) {
        return new FunnelEvent(claim.getCampaignId(), stage, String.valueOf(claim.getCustomerId()),
                claim.getCustomerId(), claim.getChannelCode(), null, claim.getStoreCode(), at);
    }

    private boolean insert(final ClaimRow claim) {
        return inNewTransaction(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return store.insertClaim(claim);
            }
        });
    }

    private void markLinked(final ClaimRow claim) {
        inNewTransaction(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return store.markLinked(claim.getKey(), SystemTime.asDate());
            }
        });
    }

    private void withdraw(final ClaimRow claim) {
        inNewTransaction(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                store.deleteClaim(claim.getKey(), claim.getCustomerId());
                return Boolean.TRUE;
            }
        });
    }

    void record(final List<FunnelEvent> events) {
        inNewTransaction(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return store.recordEvents(events);
            }
        });
    }

    private <T> T inNewTransaction(TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return newTransaction.execute(work);
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.info("Package-card write lost a lock conflict; trying again (attempt " + attempt + ")", e);
            }
        }
    }

    private static final class Link {

        final ClaimOutcome outcome;
        final int attributed;

        Link(ClaimOutcome outcome, int attributed) {
            this.outcome = outcome;
            this.attributed = attributed;
        }
    }
}
