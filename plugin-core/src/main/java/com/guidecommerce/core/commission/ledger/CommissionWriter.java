package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.commission.domain.BeneficiaryType;
import com.guidecommerce.core.commission.domain.CommissionRole;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryState;
import com.guidecommerce.core.commission.rule.CommissionMath;
import com.guidecommerce.core.commission.rule.LineScope;
import com.guidecommerce.core.commission.rule.PlanRates;
import com.guidecommerce.core.commission.rule.RateRule;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.distribution.service.DistributorProfile;
import com.guidecommerce.core.organisation.service.GuideProfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Appends ledger entries: the commissions of an attributed order's lines under the plan in force when it was paid,
 * the reversals a refund causes, and the move from pending to frozen when the order completes.
 */
final class CommissionWriter {

    static final String ENTRY_SEQUENCE = "GC_COMMISSION_ENTRY";

    private final IdBlocks ids;
    private final List<PlanRates> plans;
    private final Parties parties;

    /** @param plans the published plans, by when they took effect, oldest first */
    CommissionWriter(IdBlocks ids, List<PlanRates> plans, Parties parties) {
        this.ids = ids;
        this.plans = plans;
        this.parties = parties;
    }

    /** One beneficiary of an order, in the plan's priority order. */
    private static final class Beneficiary {

        final CommissionRole role;
        final BeneficiaryType type;
        final Long id;
        final String code;
        final String name;
        final String tier;

        Beneficiary(CommissionRole role, BeneficiaryType type, Long id, String code, String name, String tier) {
            this.role = role;
            this.type = type;
            this.id = id;
            this.code = code;
            this.name = name;
            this.tier = tier;
        }
    }

    /**
     * Writes the commissions of every line (and reverses what was refunded already), frozen until the return window
     * ends if the order completed; returns the entries written.
     */
    int commission(LedgerOrder ledger, Long eventId, Date now) {
        OrderView order = ledger.order;
        PlanRates plan = planAt(order.getPaidAt());
        if (plan == null) {
            ledger.attribution.note = Note.append(ledger.attribution.note, Note.of("attribution.noPlan"));
            return 0;
        }
        List<Beneficiary> beneficiaries = beneficiaries(ledger.attribution);
        EntryState state = order.getCompletedAt() == null ? EntryState.PENDING : EntryState.FROZEN;
        Date frozenUntil = order.getReturnWindowEndsAt();
        int written = 0;
        for (LineView line : order.getLines()) {
            LineScope scope = new LineScope(order.getChannelCode(), line.getCategoryId(), line.getProductId());
            List<String> names = new ArrayList<String>();
            List<BigDecimal> rates = new ArrayList<BigDecimal>();
            List<RateRule> rules = new ArrayList<RateRule>();
            for (Beneficiary b : beneficiaries) {
                RateRule rule = plan.ruleFor(b.role.getType(), scope, b.tier);
                names.add(b.code);
                rates.add(PlanRates.fraction(rule));
                rules.add(rule);
            }
            List<CommissionMath.Share> shares = CommissionMath.allocate(line.getPaidAmount(), names, rates,
                    plan.capFraction());
            for (int i = 0; i < shares.size(); i++) {
                if (shares.get(i).getAmount().signum() == 0) {
                    continue;
                }
                Beneficiary b = beneficiaries.get(i);
                LedgerRow entry = newEntry(ledger, line.getId(), EntryKind.COMMISSION, eventId, now);
                entry.role = b.role.getType();
                entry.beneficiaryType = b.type.name();
                entry.beneficiaryId = b.id;
                entry.beneficiaryCode = b.code;
                entry.beneficiaryName = b.name;
                entry.baseAmount = line.getPaidAmount();
                entry.ratePercent = rules.get(i).getRatePercent();
                entry.amount = shares.get(i).getAmount();
                entry.planId = plan.getPlanId();
                entry.planVersion = plan.getVersion();
                entry.ruleId = rules.get(i).getId();
                entry.ruleScope = rules.get(i).describeScope();
                entry.state = state;
                entry.frozenUntil = frozenUntil;
                entry.eligibleAt = frozenUntil;
                ledger.add(entry);
                written++;
            }
            if (line.getRefundedAmount().signum() > 0) {
                written += reverse(ledger, line.getId(), line.getPaidAmount(), BigDecimal.ZERO,
                        line.getRefundedAmount(), eventId, now);
            }
        }
        return written;
    }

    /**
     * Reverses the share of each of the line's commissions that a refund of {@code refundedNow} bears, after
     * {@code refundedBefore} had been refunded of the {@code paid} amount (computed on the cumulative refund, so a
     * fully refunded line nets to exactly zero).
     */
    int reverse(LedgerOrder ledger, Long lineId, BigDecimal paid, BigDecimal refundedBefore, BigDecimal refundedNow,
                Long eventId, Date now) {
        int written = 0;
        for (LedgerRow original : new ArrayList<LedgerRow>(ledger.commissionsOf(lineId))) {
            BigDecimal amount = CommissionMath.reversal(original.amount, paid, refundedBefore, refundedNow);
            if (amount.signum() == 0) {
                continue;
            }
            LedgerRow reversal = newEntry(ledger, lineId, EntryKind.REVERSAL, eventId, now);
            reversal.role = original.role;
            reversal.beneficiaryType = original.beneficiaryType;
            reversal.beneficiaryId = original.beneficiaryId;
            reversal.beneficiaryCode = original.beneficiaryCode;
            reversal.beneficiaryName = original.beneficiaryName;
            reversal.baseAmount = refundedNow;
            reversal.ratePercent = original.ratePercent;
            reversal.amount = amount;
            reversal.planId = original.planId;
            reversal.planVersion = original.planVersion;
            reversal.ruleId = original.ruleId;
            reversal.ruleScope = original.ruleScope;
            reversal.reversesEntryId = original.id;
            reversal.customerId = original.customerId;
            reversal.bindingRecordId = original.bindingRecordId;
            if (original.state.isSettled()) {
                // Too late to net it on the original's statement: it carries into the beneficiary's next one.
                reversal.state = EntryState.SETTLEABLE;
                reversal.eligibleAt = now;
            } else {
                reversal.state = original.state;
                reversal.frozenUntil = original.frozenUntil;
                reversal.eligibleAt = original.eligibleAt;
            }
            ledger.add(reversal);
            written++;
        }
        return written;
    }

    /** The order completed: its pending entries known here freeze until the return window ends. */
    void freeze(LedgerOrder ledger, Date until, Date now) {
        for (LedgerRow entry : ledger.entries) {
            if (entry.state == EntryState.PENDING) {
                entry.state = EntryState.FROZEN;
                entry.frozenUntil = until;
                entry.eligibleAt = until;
                entry.stateChangedAt = now;
            }
        }
    }

    /** The published plan in force at {@code at}: the latest one that took effect at or before it. */
    private PlanRates planAt(Date at) {
        PlanRates inForce = null;
        for (PlanRates plan : plans) {
            if (!plan.getEffectiveFrom().after(at)) {
                inForce = plan;
            }
        }
        return inForce;
    }

    private List<Beneficiary> beneficiaries(AttributionRow attribution) {
        List<Beneficiary> list = new ArrayList<Beneficiary>();
        addGuide(list, CommissionRole.SHARER, attribution.sharerGuideId);
        DistributorProfile distributor = parties.distributor(attribution.sharerDistributorId);
        if (distributor != null) {
            list.add(new Beneficiary(CommissionRole.SHARER, BeneficiaryType.DISTRIBUTOR, distributor.getId(),
                    distributor.getCode(), distributor.getName(), distributor.getTier()));
        }
        addGuide(list, CommissionRole.SHARER_PARENT, attribution.parentGuideId);
        addGuide(list, CommissionRole.BOUND_GUIDE, attribution.boundGuideId);
        GuideProfile bound = parties.guide(attribution.boundGuideId);
        if (bound != null && bound.getFranchiseeId() != null) {
            list.add(new Beneficiary(CommissionRole.FRANCHISEE, BeneficiaryType.FRANCHISEE, bound.getFranchiseeId(),
                    bound.getFranchiseeCode(), bound.getFranchiseeName(), null));
        }
        return list;
    }

    private void addGuide(List<Beneficiary> list, CommissionRole role, Long guideId) {
        GuideProfile guide = parties.guide(guideId);
        if (guide != null) {
            list.add(new Beneficiary(role, BeneficiaryType.GUIDE, guide.getId(), guide.getCode(), guide.getName(),
                    guide.getTier()));
        }
    }

    private LedgerRow newEntry(LedgerOrder ledger, Long lineId, EntryKind kind, Long eventId, Date now) {
        LedgerRow entry = new LedgerRow();
        entry.id = ids.next(ENTRY_SEQUENCE);
        entry.isNew = true;
        entry.kind = kind;
        entry.channelCode = ledger.order.getChannelCode();
        entry.orderId = ledger.order.getId();
        entry.lineId = lineId;
        entry.currency = ledger.order.getCurrency();
        entry.eventId = eventId;
        entry.customerId = ledger.order.getCustomerId();
        entry.bindingRecordId = ledger.attribution == null ? null : ledger.attribution.bindingRecordId;
        entry.createdAt = now;
        entry.stateChangedAt = now;
        return entry;
    }
}
