package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.tier.dao.TierDao;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierChangeCause;
import com.guidecommerce.core.tier.domain.TierChangeImpl;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.PeriodFigures;
import com.guidecommerce.core.tier.rule.TierLadder;
import com.guidecommerce.core.tier.rule.TierLevel;
import com.guidecommerce.core.tier.rule.TierPeriod;
import com.guidecommerce.core.tier.rule.TierRules;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Computes a ladder's proposals for a period and applies them once. Bean {@code gcTierEvaluator}.
 *
 * <p>Applying claims the period's evaluation row first (see {@link TierDao#claimEvaluation}); only the claiming
 * transaction writes, and it decides each subject from the tier they hold at that moment, so an override HQ made
 * after the proposals were read is the tier the period's figures move from.
 */
public class TierEvaluator {

    private final TierDao dao;
    private final TierHolders holders;
    private final TierFigures figures;
    private final TierRules rules;
    private final TransactionTemplate transaction;

    public TierEvaluator(TierDao dao, TierHolders holders, TierFigures figures, TierRules rules,
                         PlatformTransactionManager transactionManager) {
        this.dao = dao;
        this.holders = holders;
        this.figures = figures;
        this.rules = rules;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public TierLadder ladder(TierSubject subject) {
        List<TierLevel> levels = new ArrayList<TierLevel>();
        for (Tier tier : dao.readTiers(subject)) {
            levels.add(new TierLevel(tier.getCode(), tier.getRank(), tier.getMinSales(), tier.getMinOrders(),
                    tier.getMinNewMembers()));
        }
        return new TierLadder(levels);
    }

    /** What the period's figures give every active subject of the ladder; writes nothing. */
    public List<TierProposal> propose(TierSubject subject, TierPeriod period) {
        TierLadder ladder = ladder(subject);
        List<TierHolding> active = holders.active(subject);
        return propose(subject, ladder, active, figuresOf(subject, active, period));
    }

    /**
     * Applies the period's evaluation unless it has been applied: returns what it did, or
     * {@link TierEvaluationResult#alreadyDone} when another run had claimed the period.
     */
    public TierEvaluationResult apply(final TierSubject subject, final TierPeriod period,
                                      final Map<Long, PeriodFigures> periodFigures, final String actor) {
        return transaction.execute(new TransactionCallback<TierEvaluationResult>() {
            @Override
            public TierEvaluationResult doInTransaction(TransactionStatus status) {
                return applyClaimed(subject, period, periodFigures, actor);
            }
        });
    }

    private TierEvaluationResult applyClaimed(TierSubject subject, TierPeriod period,
                                              Map<Long, PeriodFigures> periodFigures, String actor) {
        Date now = SystemTime.asDate();
        if (!dao.claimEvaluation(subject, period.getKey(), actor, now)) {
            return TierEvaluationResult.alreadyDone(subject, period.getKey());
        }
        List<TierHolding> active = holders.active(subject);
        List<TierProposal> proposals = propose(subject, ladder(subject), active, periodFigures);
        String reason = "Evaluation of " + period.getKey();
        int changes = 0;
        for (TierProposal proposal : proposals) {
            if (proposal.isChange()) {
                holders.change(subject, proposal.getSubjectId(), proposal.getProposedTier(), actor, reason);
                dao.append(new TierChangeImpl(subject, proposal.getSubjectId(), proposal.getSubjectCode(),
                        proposal.getCurrentTier(), proposal.getProposedTier(), period.getKey(),
                        TierChangeCause.EVALUATION, proposal.getFigures(), actor, reason, now));
                changes++;
            }
        }
        dao.recordEvaluation(subject, period.getKey(), proposals.size(), changes);
        return new TierEvaluationResult(subject, period.getKey(), true, proposals.size(), changes);
    }

    /** The figures of the ladder's active subjects in the period. */
    public Map<Long, PeriodFigures> figuresOf(TierSubject subject, List<TierHolding> active, TierPeriod period) {
        List<Long> ids = new ArrayList<Long>(active.size());
        for (TierHolding holding : active) {
            ids.add(holding.getId());
        }
        return figures.of(subject, ids, period);
    }

    private List<TierProposal> propose(TierSubject subject, TierLadder ladder, List<TierHolding> active,
                                       Map<Long, PeriodFigures> periodFigures) {
        List<TierProposal> proposals = new ArrayList<TierProposal>(active.size());
        for (TierHolding holding : active) {
            PeriodFigures achieved = periodFigures.get(holding.getId());
            if (achieved == null) {
                // Became active after the figures were read: their period is judged next time.
                continue;
            }
            TierLevel next = rules.next(ladder, holding.getTierCode(), achieved);
            proposals.add(new TierProposal(subject, holding.getId(), holding.getCode(), holding.getTierCode(),
                    next.getCode(), achieved));
        }
        return proposals;
    }
}
