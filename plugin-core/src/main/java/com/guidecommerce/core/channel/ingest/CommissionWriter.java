package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.commission.domain.BeneficiaryType;
import com.guidecommerce.core.commission.domain.CommissionRole;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryState;
import com.guidecommerce.core.commission.rule.CommissionMath;
import com.guidecommerce.core.commission.rule.LineScope;
import com.guidecommerce.core.commission.rule.PlanRates;
import com.guidecommerce.core.commission.rule.RateRule;
import com.guidecommerce.core.common.IdBlocks;

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

    private final Lookups lookups;
    private final IdBlocks ids;

    CommissionWriter(Lookups lookups, IdBlocks ids) {
        this.lookups = lookups;
        this.ids = ids;
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

    /** Writes the commissions of every line (and reverses what was refunded already); returns entries written. */
    int commission(OrderState order, ChannelTerms channel, Long eventId, Date now) {
        PlanRates plan = lookups.planAt(order.paidAt);
        if (plan == null) {
            order.attributionNote = join(order.attributionNote, "no commission plan was in force when it was paid");
            order.dirty = true;
            return 0;
        }
        List<Beneficiary> beneficiaries = beneficiaries(order);
        EntryState state = order.completedAt == null ? EntryState.PENDING : EntryState.FROZEN;
        Date frozenUntil = order.completedAt == null ? null : channel.frozenUntil(order.completedAt);
        int written = 0;
        for (LineState line : order.lines.values()) {
            LineScope scope = new LineScope(order.channelCode, line.categoryId, line.productId);
            List<String> names = new ArrayList<String>();
            List<BigDecimal> rates = new ArrayList<BigDecimal>();
            List<RateRule> rules = new ArrayList<RateRule>();
            for (Beneficiary b : beneficiaries) {
                RateRule rule = plan.ruleFor(b.role.getType(), scope, b.tier);
                names.add(b.code);
                rates.add(PlanRates.fraction(rule));
                rules.add(rule);
            }
            List<CommissionMath.Share> shares = CommissionMath.allocate(line.paidAmount, names, rates,
                    plan.capFraction());
            for (int i = 0; i < shares.size(); i++) {
                if (shares.get(i).getAmount().signum() == 0) {
                    continue;
                }
                Beneficiary b = beneficiaries.get(i);
                LedgerRow entry = newEntry(order, line, EntryKind.COMMISSION, eventId, now);
                entry.role = b.role.getType();
                entry.beneficiaryType = b.type.name();
                entry.beneficiaryId = b.id;
                entry.beneficiaryCode = b.code;
                entry.beneficiaryName = b.name;
                entry.baseAmount = line.paidAmount;
                entry.ratePercent = rules.get(i).getRatePercent();
                entry.amount = shares.get(i).getAmount();
                entry.planId = plan.getPlanId();
                entry.planVersion = plan.getVersion();
                entry.ruleId = rules.get(i).getId();
                entry.ruleScope = rules.get(i).describeScope();
                entry.state = state;
                entry.frozenUntil = frozenUntil;
                entry.eligibleAt = frozenUntil;
                line.commissions.add(entry);
                order.entries.add(entry);
                written++;
            }
            if (line.refundedAmount.signum() > 0) {
                written += reverse(order, line, BigDecimal.ZERO, line.refundedAmount, eventId, now);
            }
        }
        return written;
    }

    /** Reverses the share of each of the line's commissions that {@code refundedNow} bears. */
    int reverse(OrderState order, LineState line, BigDecimal refundedBefore, BigDecimal refundedNow, Long eventId,
                Date now) {
        int written = 0;
        for (LedgerRow original : new ArrayList<LedgerRow>(line.commissions)) {
            BigDecimal amount = CommissionMath.reversal(original.amount, line.paidAmount, refundedBefore, refundedNow);
            if (amount.signum() == 0) {
                continue;
            }
            LedgerRow reversal = newEntry(order, line, EntryKind.REVERSAL, eventId, now);
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
            if (original.state.isSettled()) {
                // Too late to net it on the original's statement: it carries into the beneficiary's next one.
                reversal.state = EntryState.SETTLEABLE;
                reversal.eligibleAt = now;
            } else {
                reversal.state = original.state;
                reversal.frozenUntil = original.frozenUntil;
                reversal.eligibleAt = original.eligibleAt;
            }
            order.entries.add(reversal);
            written++;
        }
        return written;
    }

    /**
     * The order completed: its pending entries freeze until the channel's return window closes. Entries already in the
     * database are frozen in bulk from the order's stored window end; new ones are inserted frozen.
     */
    void freeze(OrderState order, ChannelTerms channel, Date now) {
        Date until = channel.frozenUntil(order.completedAt);
        for (LedgerRow entry : order.entries) {
            if (entry.state == EntryState.PENDING) {
                entry.state = EntryState.FROZEN;
                entry.frozenUntil = until;
                entry.eligibleAt = until;
                entry.stateChangedAt = now;
            }
        }
        order.frozenUntil = until;
        order.completedInBatch = true;
    }

    private List<Beneficiary> beneficiaries(OrderState order) {
        List<Beneficiary> list = new ArrayList<Beneficiary>();
        addGuide(list, CommissionRole.SHARER, order.sharerGuideId);
        addGuide(list, CommissionRole.SHARER_PARENT, order.parentGuideId);
        addGuide(list, CommissionRole.BOUND_GUIDE, order.boundGuideId);
        GuideInfo bound = lookups.guide(order.boundGuideId);
        if (bound != null && bound.franchiseeId != null) {
            list.add(new Beneficiary(CommissionRole.FRANCHISEE, BeneficiaryType.FRANCHISEE, bound.franchiseeId,
                    bound.franchiseeCode, bound.franchiseeName, null));
        }
        return list;
    }

    private void addGuide(List<Beneficiary> list, CommissionRole role, Long guideId) {
        GuideInfo guide = lookups.guide(guideId);
        if (guide != null) {
            list.add(new Beneficiary(role, BeneficiaryType.GUIDE, guide.id, guide.code, guide.name, guide.tier));
        }
    }

    private LedgerRow newEntry(OrderState order, LineState line, EntryKind kind, Long eventId, Date now) {
        LedgerRow entry = new LedgerRow();
        entry.id = ids.next(ENTRY_SEQUENCE);
        entry.isNew = true;
        entry.kind = kind;
        entry.channelCode = order.channelCode;
        entry.orderId = order.id;
        entry.lineId = line.id;
        entry.currency = order.currency;
        entry.eventId = eventId;
        entry.customerId = order.customerId;
        entry.bindingRecordId = order.bindingRecordId;
        entry.createdAt = now;
        entry.stateChangedAt = now;
        return entry;
    }

    private static String join(String notes, String note) {
        return notes == null ? note : notes + "; " + note;
    }
}
