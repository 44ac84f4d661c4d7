package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.tier.dao.TierDao;
import com.guidecommerce.core.tier.dao.TierEvaluations;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierChange;
import com.guidecommerce.core.tier.domain.TierChangeCause;
import com.guidecommerce.core.tier.domain.TierChangeImpl;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.PeriodFigures;
import com.guidecommerce.core.tier.rule.TierError;
import com.guidecommerce.core.tier.rule.TierException;
import com.guidecommerce.core.tier.rule.TierLevel;
import com.guidecommerce.core.tier.rule.TierPeriod;
import com.guidecommerce.core.tier.rule.TierRules;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a period ladder by ladder: opens the period's evaluation row, reads the figures outside any transaction,
 * then lets {@link TierEvaluator#apply} claim the row and write in one transaction. Bean {@code gcTierService}.
 */
public class TierServiceImpl implements TierService {

    private final TierDao dao;
    private final TierEvaluations evaluations;
    private final TierEvaluator evaluator;
    private final TierHolders holders;
    private final TierRules rules;
    private final TierFigures figures;
    private final TierPeriod.Kind periodKind;
    private final int waitDays;

    public TierServiceImpl(TierDao dao, TierEvaluations evaluations, TierEvaluator evaluator, TierHolders holders,
                           TierRules rules, TierFigures figures, String periodKind, int waitDays) {
        if (waitDays < 0) {
            throw new TierException(TierError.BAD_SETTING, "gc.tier.waitDays", waitDays);
        }
        this.dao = dao;
        this.evaluations = evaluations;
        this.evaluator = evaluator;
        this.holders = holders;
        this.rules = rules;
        this.figures = figures;
        this.periodKind = TierPeriod.Kind.of(periodKind);
        this.waitDays = waitDays;
    }

    @Override
    public List<Tier> findTiers(TierSubject subject) {
        return dao.readTiers(subject);
    }

    @Override
    public TierPeriod currentPeriod() {
        return TierPeriod.containing(periodKind, today());
    }

    @Override
    public TierPeriod lastSettledPeriod() {
        return TierPeriod.lastSettled(periodKind, today(), waitDays);
    }

    @Override
    public List<TierEvaluationResult> evaluate(TierPeriod period, String actor) {
        // Evaluated early, a period would be closed for good on figures its refunds have not corrected yet.
        LocalDate settledFrom = period.getLastDay().plusDays(waitDays + 1L);
        if (today().isBefore(settledFrom)) {
            throw new TierException(TierError.PERIOD_NOT_SETTLED, period.getKey(), settledFrom.toString());
        }
        List<TierEvaluationResult> results = new ArrayList<TierEvaluationResult>();
        for (TierSubject subject : Arrays.asList(TierSubject.GUIDE, TierSubject.DISTRIBUTOR)) {
            results.add(evaluate(subject, period, actor));
        }
        return results;
    }

    private TierEvaluationResult evaluate(TierSubject subject, TierPeriod period, String actor) {
        evaluations.open(subject, period.getKey(), SystemTime.asDate());
        if (evaluations.isDone(subject, period.getKey())) {
            return TierEvaluationResult.alreadyDone(subject, period.getKey());
        }
        // A ladder without tiers fails here, before anything is claimed.
        evaluator.ladder(subject);
        Map<Long, PeriodFigures> achieved = evaluator.figuresOf(subject, holders.active(subject), period);
        return evaluator.apply(subject, period, achieved, actor);
    }

    @Override
    public TierProgress progressOf(TierSubject subject, Long subjectId, String tierCode) {
        List<Tier> ladder = findTiers(subject);
        if (ladder.isEmpty()) {
            return null;
        }
        Tier current = ladder.get(0);
        for (Tier tier : ladder) {
            if (tier.getCode().equals(tierCode)) {
                current = tier;
            }
        }
        Tier next = null;
        for (Tier tier : ladder) {
            if (tier.getRank() > current.getRank() && (next == null || tier.getRank() < next.getRank())) {
                next = tier;
            }
        }
        TierPeriod period = currentPeriod();
        PeriodFigures sofar = figures.of(subject, Collections.singletonList(subjectId), period).get(subjectId);
        return new TierProgress(current, next, period, sofar == null ? PeriodFigures.ZERO : sofar);
    }

    @Override
    public List<TierProposal> preview(TierSubject subject) {
        return evaluator.propose(subject, currentPeriod());
    }

    @Override
    @Transactional("blTransactionManager")
    public TierChange override(TierSubject subject, Long subjectId, String tierCode, String actor, String reason) {
        TierLevel level = rules.override(evaluator.ladder(subject), tierCode, reason);
        TierHolding holding = holders.find(subject, subjectId);
        String why = reason.trim();
        holders.change(subject, holding.getId(), level.getCode(), actor, why);
        Date now = SystemTime.asDate();
        return dao.append(new TierChangeImpl(subject, holding.getId(), holding.getCode(), holding.getTierCode(),
                level.getCode(), currentPeriod().getKey(), TierChangeCause.OVERRIDE, null, actor, why, now));
    }

    @Override
    public List<TierChange> findHistory(TierSubject subject, Long subjectId, int maxResults) {
        return dao.readHistory(subject, subjectId, maxResults);
    }

    private LocalDate today() {
        return SystemTime.asDate().toInstant().atZone(figures.getZone()).toLocalDate();
    }
}
