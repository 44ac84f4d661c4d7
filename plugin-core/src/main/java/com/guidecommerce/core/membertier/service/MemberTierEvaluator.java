package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.membertier.dao.MemberSpendStore;
import com.guidecommerce.core.membertier.dao.MemberTierEvaluations;
import com.guidecommerce.core.membertier.dao.MemberTierState;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.membertier.rule.MemberTierLadder;
import com.guidecommerce.core.membertier.rule.MemberTierLevel;
import com.guidecommerce.core.membertier.rule.MemberTierRules;
import com.guidecommerce.core.membertier.rule.SpendWindow;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Proposes and applies the evaluation of a period. Applying claims the period's row first (see
 * {@link MemberTierEvaluations#claim}); only the claiming transaction writes, and each change is a guarded update from
 * the tier read, so a member lifted by an order or set by HQ meanwhile keeps what they got.
 */
class MemberTierEvaluator {

    private final MemberSpendStore store;
    private final MemberTierEvaluations evaluations;
    private final MemberTierChanges changes;
    private final SpendWindow window;
    private final ZoneId zone;
    private final TransactionTemplate transaction;

    MemberTierEvaluator(MemberSpendStore store, MemberTierEvaluations evaluations, MemberTierChanges changes,
                        SpendWindow window, ZoneId zone, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.evaluations = evaluations;
        this.changes = changes;
        this.window = window;
        this.zone = zone;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** What the period's evaluation would find: how many members it judges, and those it changes, by ascending id. */
    static final class Proposals {

        private final int judged;
        private final List<MemberTierProposal> changes;

        Proposals(int judged, List<MemberTierProposal> changes) {
            this.judged = judged;
            this.changes = changes;
        }

        int getJudged() {
            return judged;
        }

        List<MemberTierProposal> getChanges() {
            return changes;
        }
    }

    Proposals propose(MemberTierLadder ladder, TierPeriod period) {
        LocalDate end = period.getLastDay();
        Date endedAt = Date.from(end.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, BigDecimal> spend = store.spendOfAll(window.lastDayOutside(end), end);
        Map<Long, MemberTierState> states = store.readPlacedStates();
        TreeSet<Long> members = new TreeSet<Long>(spend.keySet());
        members.addAll(states.keySet());
        List<MemberTierProposal> proposals = new ArrayList<MemberTierProposal>();
        int judged = 0;
        for (Long member : members) {
            MemberTierState state = states.get(member);
            if (state != null && state.getSince() != null && state.getSince().after(endedAt)) {
                continue;
            }
            judged++;
            String held = state == null ? null : state.getTierCode();
            BigDecimal spent = spend.containsKey(member) ? spend.get(member) : BigDecimal.ZERO;
            MemberTierLevel to = MemberTierRules.evaluate(ladder, held, spent);
            if (to != null) {
                MemberTierLevel from = ladder.find(held);
                proposals.add(new MemberTierProposal(member, held, held == null ? ladder.lowest().getCode() : held,
                        to.getCode(), spent, from != null && to.getRank() < from.getRank()));
            }
        }
        return new Proposals(judged, proposals);
    }

    MemberTierEvaluationResult apply(final MemberTierLadder ladder, final TierPeriod period, final String actor) {
        return transaction.execute(status -> {
            Date now = SystemTime.asDate();
            if (!evaluations.claim(period.getKey(), actor, now)) {
                return MemberTierEvaluationResult.alreadyDone(period.getKey());
            }
            Proposals found = propose(ladder, period);
            List<MemberTierProposal> proposals = found.getChanges();
            List<Long> ids = new ArrayList<Long>(proposals.size());
            for (MemberTierProposal proposal : proposals) {
                ids.add(proposal.getCustomerId());
            }
            store.lockMembers(ids);
            String reason = "Evaluation of " + period.getKey();
            int changed = 0;
            for (MemberTierProposal proposal : proposals) {
                if (changes.apply(proposal.getCustomerId(), proposal.getStateCode(), proposal.getFromTier(),
                        proposal.getToTier(), MemberTierChangeCause.EVALUATION, proposal.getSpend(), period.getKey(),
                        actor, reason, now) != null) {
                    changed++;
                }
            }
            evaluations.record(period.getKey(), found.getJudged(), changed);
            return new MemberTierEvaluationResult(period.getKey(), true, found.getJudged(), changed);
        });
    }
}
