package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.membertier.dao.MemberSpendStore;
import com.guidecommerce.core.membertier.dao.MemberTierDao;
import com.guidecommerce.core.membertier.dao.MemberTierEvaluations;
import com.guidecommerce.core.membertier.dao.MemberTierState;
import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.domain.MemberTierChange;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.membertier.rule.MemberTierError;
import com.guidecommerce.core.membertier.rule.MemberTierException;
import com.guidecommerce.core.membertier.rule.MemberTierLadder;
import com.guidecommerce.core.membertier.rule.MemberTierLevel;
import com.guidecommerce.core.membertier.rule.MemberTierProgress;
import com.guidecommerce.core.membertier.rule.MemberTierRules;
import com.guidecommerce.core.membertier.rule.SpendWindow;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads members' tiers and spend, and evaluates or overrides them: an evaluation opens the period's row outside any
 * transaction, then {@link MemberTierEvaluator} claims it and writes in one transaction.
 */
public class MemberTierServiceImpl implements MemberTierService {

    private final MemberTierDao dao;
    private final MemberSpendStore store;
    private final MemberTierEvaluations evaluations;
    private final MemberTierChanges changes;
    private final CustomerService customerService;
    private final SpendWindow window;
    private final ZoneId zone;
    private final TierPeriod.Kind periodKind;
    private final MemberTierEvaluator evaluator;
    private final TransactionTemplate transaction;

    public MemberTierServiceImpl(MemberTierDao dao, MemberSpendStore store, MemberTierEvaluations evaluations,
                                 MemberTierChanges changes, CustomerService customerService,
                                 PlatformTransactionManager transactionManager, String zone, int windowDays,
                                 String evaluationPeriod) {
        this.dao = dao;
        this.store = store;
        this.evaluations = evaluations;
        this.changes = changes;
        this.customerService = customerService;
        this.window = new SpendWindow(windowDays);
        this.zone = ZoneId.of(zone);
        this.periodKind = periodKind(evaluationPeriod);
        this.evaluator = new MemberTierEvaluator(store, evaluations, changes, window, this.zone, transactionManager);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    private static TierPeriod.Kind periodKind(String setting) {
        try {
            return TierPeriod.Kind.valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new MemberTierException(MemberTierError.BAD_SETTING, "gc.memberTier.evaluationPeriod", setting);
        }
    }

    @Override
    public List<MemberTier> findTiers() {
        return dao.readTiers();
    }

    @Override
    public MemberTierLadder ladder() {
        List<MemberTierLevel> levels = new ArrayList<MemberTierLevel>();
        for (MemberTier tier : dao.readTiers()) {
            levels.add(new MemberTierLevel(tier.getCode(), tier.getName(), tier.getNameEn(), tier.getRank(),
                    tier.getMinSpend()));
        }
        return new MemberTierLadder(levels);
    }

    /** The day today in HQ's zone. */
    private LocalDate today() {
        return SystemTime.asDate().toInstant().atZone(zone).toLocalDate();
    }

    @Override
    public String tierCodeOf(Long customerId) {
        return ladder().held(heldCode(customerId)).getCode();
    }

    @Override
    public int windowDays() {
        return window.getDays();
    }

    @Override
    public BigDecimal spendOf(Long customerId) {
        BigDecimal spend = store.spendOf(Collections.singletonList(customerId), window.lastDayOutside(today()), null,
                false).get(customerId);
        return spend == null ? BigDecimal.ZERO : spend;
    }

    @Override
    public MemberTierProgress progressOf(Long customerId) {
        return MemberTierProgress.of(ladder(), heldCode(customerId), spendOf(customerId));
    }

    private String heldCode(Long customerId) {
        MemberTierState state = store.readStates(Collections.singletonList(customerId), false).get(customerId);
        return state == null ? null : state.getTierCode();
    }

    @Override
    public TierPeriod currentPeriod() {
        return TierPeriod.containing(periodKind, today());
    }

    @Override
    public TierPeriod lastEndedPeriod() {
        return currentPeriod().previous();
    }

    @Override
    public List<MemberTierProposal> preview(TierPeriod period) {
        return evaluator.propose(ladder(), period).getChanges();
    }

    @Override
    public MemberTierEvaluationResult evaluate(TierPeriod period, String actor) {
        if (!today().isAfter(period.getLastDay())) {
            throw new MemberTierException(MemberTierError.PERIOD_NOT_ENDED, period.getKey(),
                    period.getLastDay().plusDays(1).toString());
        }
        evaluations.open(period.getKey(), SystemTime.asDate());
        if (evaluations.isDone(period.getKey())) {
            return MemberTierEvaluationResult.alreadyDone(period.getKey());
        }
        // A ladder without tiers fails here, before the period is claimed.
        MemberTierLadder ladder = ladder();
        return evaluator.apply(ladder, period, actor);
    }

    @Override
    public MemberTierChange override(final Long customerId, final String tierCode, final String reason,
                                     final String actor) {
        final MemberTierLevel level = MemberTierRules.override(ladder(), tierCode, reason);
        if (customerId == null || customerService.readCustomerById(customerId) == null) {
            throw new MemberTierException(MemberTierError.MEMBER_NOT_FOUND, customerId);
        }
        return transaction.execute(status -> {
            List<Long> one = Collections.singletonList(customerId);
            store.lockMembers(one);
            Map<Long, MemberTierState> states = store.readStates(one, true);
            String held = states.get(customerId).getTierCode();
            MemberTierLadder ladder = ladder();
            String from = held == null ? ladder.lowest().getCode() : held;
            BigDecimal spend = store.spendOf(one, window.lastDayOutside(today()), null, true).get(customerId);
            Date now = SystemTime.asDate();
            return changes.apply(customerId, held, from, level.getCode(), MemberTierChangeCause.OVERRIDE,
                    spend == null ? BigDecimal.ZERO : spend, currentPeriod().getKey(), actor, reason.trim(), now);
        });
    }

    @Override
    public List<MemberTierChange> history(Long customerId, int maxResults) {
        return dao.readHistory(customerId, maxResults);
    }
}
