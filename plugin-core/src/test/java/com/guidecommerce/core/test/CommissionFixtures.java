package com.guidecommerce.core.test;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelImpl;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionPlanImpl;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.commission.domain.CommissionRuleImpl;
import com.guidecommerce.core.commission.domain.PlanStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Committed channels and the commission plan the engine's tests run under: the demo plan (sharer 10 %, sharer's
 * parent guide 3 %, bound guide 5 %, franchisee 2 %, cap 20 %), in force since 2000 and created once per test JVM.
 */
public class CommissionFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Date LONG_AGO = new Date(946684800000L);

    private final TransactionTemplate tx;
    private final EntityManagerFactory emf;
    private final JdbcTemplate jdbc;

    /** The tier whose distributors the test plan pays 8 % as sharer instead of 10 %. */
    public static final String GOLD_DISTRIBUTOR_TIER = "D_GOLD";

    public CommissionFixtures(ApplicationContext context) {
        this.tx = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
        this.emf = context.getBean("entityManagerFactory", EntityManagerFactory.class);
        this.jdbc = context.getBean("gcJdbcTemplate", JdbcTemplate.class);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A new channel with a code of its own (the prefix and a number), signed with {@code secret}. */
    public Channel channel(String prefix, CommissionStart start, int returnWindowDays, String secret) {
        return channelCoded(prefix + SEQUENCE.incrementAndGet() + "X" + System.nanoTime() % 100000, start,
                returnWindowDays, secret);
    }

    private Channel channelCoded(String code, CommissionStart start, int returnWindowDays, String secret) {
        final ChannelImpl channel = new ChannelImpl();
        channel.setCode(code);
        channel.setName(code + " channel");
        channel.setSigningSecret(secret);
        channel.setTimeZone("Asia/Shanghai");
        channel.setCommissionStart(start);
        channel.setReturnWindowDays(returnWindowDays);
        channel.setActive(true);
        return tx.execute(new TransactionCallback<Channel>() {
            @Override
            public Channel doInTransaction(TransactionStatus status) {
                EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
                em.persist(channel);
                return channel;
            }
        });
    }

    /** The own mall's channel, created unless the database has it. */
    public synchronized void ownMallChannel() {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL WHERE CODE = 'OWN_MALL'", Integer.class);
        if (found == null || found == 0) {
            channelCoded("OWN_MALL", CommissionStart.PAID, 7, null);
        }
    }

    /** Makes sure the demo plan is the plan in force (once per JVM). */
    public synchronized void demoPlanInForce() {
        Integer plans = jdbc.queryForObject("SELECT COUNT(*) FROM GC_COMMISSION_PLAN WHERE NAME = 'Test plan'",
                Integer.class);
        if (plans != null && plans > 0) {
            return;
        }
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
                Integer max = jdbc.queryForObject("SELECT COALESCE(MAX(VERSION_NO), 0) FROM GC_COMMISSION_PLAN",
                        Integer.class);
                CommissionPlan plan = new CommissionPlanImpl();
                plan.setName("Test plan");
                plan.setVersionNo(max + 1);
                plan.setStatus(PlanStatus.ACTIVE.getType());
                plan.setEffectiveFrom(LONG_AGO);
                plan.setCapPercent(new BigDecimal("20"));
                plan.setCurrency("CNY");
                plan.getRules().add(rule(plan, "SHARER", "10"));
                // Gold distributors share at a rate of their own (lower than the cap leaves, so it shows).
                CommissionRule gold = rule(plan, "SHARER", "8");
                gold.setGuideTier(GOLD_DISTRIBUTOR_TIER);
                plan.getRules().add(gold);
                plan.getRules().add(rule(plan, "SHARER_PARENT", "3"));
                plan.getRules().add(rule(plan, "BOUND_GUIDE", "5"));
                plan.getRules().add(rule(plan, "FRANCHISEE", "2"));
                em.persist(plan);
                return null;
            }
        });
    }

    private static CommissionRule rule(CommissionPlan plan, String role, String percent) {
        CommissionRule rule = new CommissionRuleImpl();
        rule.setPlan(plan);
        rule.setRole(role);
        rule.setRatePercent(new BigDecimal(percent));
        rule.setExcluded(false);
        return rule;
    }
}
