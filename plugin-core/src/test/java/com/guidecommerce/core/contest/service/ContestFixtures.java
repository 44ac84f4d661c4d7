package com.guidecommerce.core.contest.service;

import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestImpl;
import com.guidecommerce.core.contest.domain.ContestMetric;
import com.guidecommerce.core.contest.domain.ContestMode;
import com.guidecommerce.core.contest.domain.ContestReward;
import com.guidecommerce.core.contest.domain.ContestScope;
import com.guidecommerce.core.organisation.domain.Store;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import javax.persistence.EntityManagerFactory;

/**
 * Contests for tests. A class of its own, so that the entity class is first loaded after Broadleaf's context has
 * booted (Broadleaf refuses entities loaded before its class transformer).
 */
final class ContestFixtures {

    private static final ZoneId HQ = ZoneId.of("Asia/Shanghai");

    private ContestFixtures() {
    }

    /** A store's individual net-sales contest over the days, promoting its top N to SUPER. */
    static Contest storeContest(ApplicationContext context, Store store, LocalDate first, LocalDate last,
                                int returnWindowDays, int topN) {
        Contest contest = new ContestImpl();
        contest.setName("门店 PK 赛 " + first);
        contest.setStartDate(Date.from(first.atStartOfDay(HQ).toInstant()));
        contest.setEndDate(Date.from(last.atStartOfDay(HQ).toInstant()));
        contest.setScope(ContestScope.STORE);
        contest.setStore(store);
        contest.setMetric(ContestMetric.NET_SALES);
        contest.setMode(ContestMode.INDIVIDUAL);
        contest.setTopN(topN);
        contest.setReward(ContestReward.PROMOTION);
        contest.setRewardTier("SUPER");
        contest.setReturnWindowDays(returnWindowDays);
        return contest;
    }

    /** The same contest paying its winners a bonus instead of promoting them. */
    static Contest withBonus(Contest contest, String amount) {
        contest.setReward(ContestReward.BONUS);
        contest.setRewardTier(null);
        contest.setBonusAmount(new java.math.BigDecimal(amount));
        return contest;
    }

    static Contest save(ApplicationContext context, final Contest contest) {
        final EntityManagerFactory emf = context.getBean("entityManagerFactory", EntityManagerFactory.class);
        new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> {
                    EntityManagerFactoryUtils.getTransactionalEntityManager(emf).persist(contest);
                    return null;
                });
        return contest;
    }
}
