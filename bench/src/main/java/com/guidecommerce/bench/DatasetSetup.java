package com.guidecommerce.bench;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelImpl;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.event.PhoneNumbers;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionPlanImpl;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.commission.domain.CommissionRuleImpl;
import com.guidecommerce.core.commission.domain.PlanStatus;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Date;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Creates what exists before the stream: the organisation, channels and the active plan through JPA (as the admin
 * would), and customers, bindings with their history and phone identities with batched JDBC (as an import would).
 */
final class DatasetSetup {

    static final Date BOUND_AT = Date.from(OffsetDateTime.parse("2025-01-01T10:00:00+08:00").toInstant());
    private static final Date PLAN_FROM = Date.from(OffsetDateTime.parse("2024-01-01T00:00:00+08:00").toInstant());
    private static final int REGIONS = 5;
    private static final int JDBC_BATCH = 2000;

    private final ApplicationContext context;
    private final BenchOptions options;
    private final Population population;
    private final TransactionTemplate transaction;

    DatasetSetup(ApplicationContext context, BenchOptions options, Population population) {
        this.context = context;
        this.options = options;
        this.population = population;
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    void run() throws SQLException {
        transaction.execute(status -> {
            organisation();
            return null;
        });
        transaction.execute(status -> {
            channelsAndPlan(EntityManagerFactoryUtils.getTransactionalEntityManager(
                    context.getBean("entityManagerFactory", EntityManagerFactory.class)));
            return null;
        });
        try (Connection connection = BenchContext.connect(options)) {
            connection.setAutoCommit(false);
            customers(connection);
            bindings(connection);
            phoneIdentities(connection);
            connection.commit();
        }
    }

    private void organisation() {
        OrganisationService organisation = context.getBean("gcOrganisationService", OrganisationService.class);
        Region[] regions = new Region[REGIONS];
        for (int r = 0; r < REGIONS; r++) {
            Region region = organisation.createRegion();
            region.setCode("R" + (r + 1));
            region.setName("Region " + (r + 1));
            regions[r] = organisation.saveRegion(region);
        }
        Franchisee[] franchisees = new Franchisee[population.franchisees];
        for (int f = 0; f < franchisees.length; f++) {
            Franchisee franchisee = organisation.createFranchisee();
            franchisee.setCode(String.format("F%03d", f + 1));
            franchisee.setName("Franchisee " + (f + 1));
            franchisees[f] = organisation.saveFranchisee(franchisee);
            population.franchiseeIds[f] = franchisees[f].getId();
            population.franchiseeCodes[f] = franchisees[f].getCode();
        }
        for (int s = 0; s < population.stores; s++) {
            Store store = organisation.createStore();
            store.setCode(Population.storeCode(s));
            store.setName("Store " + (s + 1));
            store.setRegion(regions[s % REGIONS]);
            int franchisee = population.franchiseeOfStore(s);
            store.setFranchisee(franchisee < 0 ? null : franchisees[franchisee]);
            store = organisation.saveStore(store);
            for (int g = s * population.guidesPerStore; g < (s + 1) * population.guidesPerStore; g++) {
                Guide guide = organisation.createGuide();
                guide.setGuideCode(Population.guideCode(g));
                guide.setEmployeeNo(String.format("E%05d", g + 1));
                guide.setName("Guide " + (g + 1));
                guide.setStore(store);
                guide.setRole(g % population.guidesPerStore == 0 ? GuideRole.STORE_MANAGER : GuideRole.GUIDE);
                guide.setHireDate(PLAN_FROM);
                population.guideIds[g] = organisation.saveGuide(guide).getId();
            }
        }
    }

    private void channelsAndPlan(EntityManager em) {
        for (String code : BenchChannels.CODES) {
            Channel channel = new ChannelImpl();
            channel.setCode(code);
            channel.setName(code);
            channel.setSigningSecret("bench-secret-" + code.toLowerCase());
            channel.setTimeZone("Asia/Shanghai");
            channel.setCommissionStart(CommissionStart.PAID);
            channel.setReturnWindowDays(7);
            channel.setActive(true);
            em.persist(channel);
        }
        CommissionPlan plan = new CommissionPlanImpl();
        plan.setVersionNo(1);
        plan.setName("Benchmark plan");
        plan.setStatus(PlanStatus.ACTIVE.getType());
        plan.setEffectiveFrom(PLAN_FROM);
        plan.setCapPercent(BenchPlan.CAP_PERCENT);
        plan.setCurrency("CNY");
        for (int i = 0; i < BenchPlan.ROLES.length; i++) {
            CommissionRule rule = new CommissionRuleImpl();
            rule.setPlan(plan);
            rule.setRole(BenchPlan.ROLES[i]);
            rule.setRatePercent(BenchPlan.RATE_PERCENTS[i]);
            rule.setExcluded(false);
            plan.getRules().add(rule);
        }
        em.persist(plan);
    }

    private void customers(Connection connection) throws SQLException {
        Timestamp created = new Timestamp(BOUND_AT.getTime() - 86_400_000L);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, DATE_CREATED,"
                + " DEACTIVATED, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME, PASSWORD_CHANGE_REQUIRED, IS_PREVIEW,"
                + " RECEIVE_EMAIL, IS_REGISTERED, USER_NAME) VALUES (?, ?, 0, ?, ?, ?, 0, 0, 0, 1, ?)")) {
            for (int c = 0; c < population.customers; c++) {
                String email = "member" + c + "@bench.example.com";
                insert.setLong(1, Population.customerId(c));
                insert.setTimestamp(2, created);
                insert.setString(3, email);
                insert.setString(4, "Member");
                insert.setString(5, String.valueOf(c));
                insert.setString(6, email);
                insert.addBatch();
                if (c % JDBC_BATCH == JDBC_BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * The phone hashes of the customers the stream identifies by phone only, as the pipeline would have learnt them
     * from earlier orders. Their ids come before the pipeline's first block of GC_ID_SEQUENCE.
     */
    private void phoneIdentities(Connection connection) throws SQLException {
        Timestamp at = new Timestamp(BOUND_AT.getTime());
        long id = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO GC_MEMBER_IDENTITY (IDENTITY_ID,"
                + " IDENTITY_TYPE, CHANNEL_CODE, IDENTITY_VALUE, CUSTOMER_ID, CREATED_BY, CREATED_AT)"
                + " VALUES (?, 'PHONE', '*', ?, ?, 'bench', ?)")) {
            for (int c = 0; c < population.customers; c++) {
                if (!population.phoneIdentity[c]) {
                    continue;
                }
                insert.setLong(1, ++id);
                insert.setString(2, PhoneNumbers.hash(BenchContext.PHONE_SALT, Population.phone(c)));
                insert.setLong(3, Population.customerId(c));
                insert.setTimestamp(4, at);
                insert.addBatch();
                if (id % JDBC_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement sequence = connection.prepareStatement(
                "INSERT INTO GC_ID_SEQUENCE (SEQUENCE_NAME, NEXT_VALUE) VALUES ('GC_MEMBER_IDENTITY', ?)")) {
            sequence.setLong(1, Math.max(1000, id + 1));
            sequence.executeUpdate();
        }
    }

    /** One permanent import binding per bound customer, with its BOUND history row. */
    private void bindings(Connection connection) throws SQLException {
        Timestamp at = new Timestamp(BOUND_AT.getTime());
        long id = 0;
        try (PreparedStatement binding = connection.prepareStatement("INSERT INTO GC_MEMBER_BINDING (MEMBER_BINDING_ID,"
                + " BOUND_AT, SOURCE, VERSION, GUIDE_ID, CUSTOMER_ID) VALUES (?, ?, 'IMPORT', 0, ?, ?)");
             PreparedStatement history = connection.prepareStatement("INSERT INTO GC_BINDING_HISTORY (BINDING_RECORD_ID,"
                     + " ACTION, ACTOR, OCCURRED_AT, REASON, SOURCE, GUIDE_ID, CUSTOMER_ID)"
                     + " VALUES (?, 'BOUND', 'bench', ?, 'benchmark import', 'IMPORT', ?, ?)")) {
            for (int c = 0; c < population.customers; c++) {
                int guide = population.boundGuide[c];
                if (guide < 0) {
                    continue;
                }
                id++;
                for (PreparedStatement insert : new PreparedStatement[] {binding, history}) {
                    insert.setLong(1, id);
                    insert.setTimestamp(2, at);
                    insert.setLong(3, population.guideIds[guide]);
                    insert.setLong(4, Population.customerId(c));
                    insert.addBatch();
                }
                if (id % JDBC_BATCH == 0) {
                    binding.executeBatch();
                    history.executeBatch();
                }
            }
            binding.executeBatch();
            history.executeBatch();
        }
        // Hibernate allocates later binding ids from these rows; start them past the imported ones.
        try (PreparedStatement sequence = connection.prepareStatement(
                "INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES (?, ?) ON DUPLICATE KEY UPDATE ID_VAL = ?")) {
            for (String name : new String[] {"GcMemberBindingImpl", "GcBindingRecordImpl"}) {
                sequence.setString(1, name);
                sequence.setLong(2, id + 1000);
                sequence.setLong(3, id + 1000);
                sequence.addBatch();
            }
            sequence.executeBatch();
        }
    }
}
