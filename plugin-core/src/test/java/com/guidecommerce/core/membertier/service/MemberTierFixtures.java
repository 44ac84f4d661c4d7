package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.membertier.dao.MemberTierDao;
import com.guidecommerce.core.membertier.domain.MemberTierChange;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The shipped member ladder (gc_member_tiers.sql: NEW 0 / REGULAR 0.01 / SILVER 2000 / GOLD 5000), loaded once per
 * database, and reading back a member's tier rows, history and Broadleaf attribute.
 */
final class MemberTierFixtures {

    private final JdbcTemplate jdbc;
    private final MemberTierDao dao;
    private final CustomerService customerService;
    private final TransactionTemplate readOnly;

    MemberTierFixtures(ApplicationContext context) {
        this.jdbc = context.getBean("gcJdbcTemplate", JdbcTemplate.class);
        this.dao = context.getBean("gcMemberTierDao", MemberTierDao.class);
        this.customerService = context.getBean("blCustomerService", CustomerService.class);
        this.readOnly = new TransactionTemplate(context.getBean("blTransactionManager",
                PlatformTransactionManager.class));
        this.readOnly.setReadOnly(true);
        ladder(context.getBean("gcTestDataSource", DataSource.class), jdbc);
    }

    private static synchronized void ladder(DataSource dataSource, JdbcTemplate jdbc) {
        Integer tiers = jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_TIER", Integer.class);
        if (tiers == null || tiers == 0) {
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
            populator.addScript(new ClassPathResource("config/gc/sql/gc_member_tiers.sql"));
            populator.setSqlScriptEncoding("UTF-8");
            DatabasePopulatorUtils.execute(populator, dataSource);
        }
    }

    /** The tier code in the member's state row; {@code null} without one. */
    String stateTier(Customer member) {
        List<String> codes = jdbc.queryForList("SELECT TIER_CODE FROM GC_MEMBER_TIER_STATE WHERE CUSTOMER_ID = ?",
                String.class, member.getId());
        return codes.isEmpty() ? null : codes.get(0);
    }

    BigDecimal storedSpend(Customer member) {
        BigDecimal sum = jdbc.queryForObject("SELECT SUM(AMOUNT) FROM GC_MEMBER_SPEND WHERE CUSTOMER_ID = ?",
                BigDecimal.class, member.getId());
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum.setScale(2);
    }

    /** "CAUSE FROM->TO" per history row, oldest first. */
    List<String> history(Customer member) {
        List<String> rows = new ArrayList<String>();
        for (MemberTierChange change : dao.readHistory(member.getId(), 100)) {
            rows.add(change.getCause().getType() + " " + change.getFromTier() + "->" + change.getToTier());
        }
        Collections.reverse(rows);
        return rows;
    }

    int historyRows(Customer member, MemberTierChangeCause cause) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_TIER_CHANGE WHERE CUSTOMER_ID = ? AND CAUSE = ?",
                Integer.class, member.getId(), cause.getType());
    }

    /** How many gcMemberTier attribute rows the customer has: one once placed, never two. */
    int attributeRows(Customer member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = ? AND NAME = ?",
                Integer.class, member.getId(), MemberTierAttribute.NAME);
    }

    /**
     * The attribute as Broadleaf gives the customer to offer rules: read by username through its service and caches,
     * as the storefront does on each request.
     */
    String attribute(Customer member) {
        return withCustomer(member, customer -> {
            CustomerAttribute attribute = customer.getCustomerAttributes().get(MemberTierAttribute.NAME);
            return attribute == null ? null : attribute.getValue();
        });
    }

    /** Reads the customer as a storefront request would and hands it over while its lazy collections load. */
    <T> T withCustomer(Customer member, Function<Customer, T> use) {
        return readOnly.execute(status -> use.apply(customerService.readCustomerByUsername(member.getUsername())));
    }

    /** Places the member at a tier since a moment, as an earlier change would have. */
    void placed(Customer member, String tierCode, java.util.Date since) {
        jdbc.update("INSERT INTO GC_MEMBER_TIER_STATE (CUSTOMER_ID, TIER_CODE, SINCE, SPEND_AT_CHANGE)"
                + " VALUES (?, ?, ?, ?)", member.getId(), tierCode, new Timestamp(since.getTime()), BigDecimal.ZERO);
    }
}
