package com.guidecommerce.demo.data;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import javax.sql.DataSource;

/**
 * Loads the demo mall's data into an empty database when the storefront starts: Broadleaf's admin security rows,
 * Guide Commerce's admin menu rows, an admin user, currencies and locales, the catalog, the brand's organisation,
 * its sales channels and commission plan, and a shopper who is a guide's member. A database that already has a
 * default locale keeps its data, and gets the plugin's upgrade scripts (each safe to run again), so a demo started
 * on the data of an earlier version shows what the plugin shows today.
 */
public class DemoDataLoader implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(DemoDataLoader.class);

    /**
     * SQL run in this order on a fresh database: Broadleaf's own admin rows, then the plugin's (admin menu, binding
     * policies, the own-mall channel, the tier ladders), then the demo's (admin user, channels and commission plan).
     */
    static final String[] SECURITY_SCRIPTS = {
        "config/bc/sql/load_admin_permissions.sql",
        "config/bc/sql/load_admin_roles.sql",
        "config/bc/sql/load_admin_menu.sql",
        "config/gc/sql/gc_admin_security.sql",
        "config/gc/sql/gc_binding_policies.sql",
        "config/gc/sql/gc_channels.sql",
        "config/gc/sql/gc_tiers.sql",
        "config/gc/sql/gc_member_tiers.sql",
        "demo-data/demo_security.sql",
        "demo-data/demo_commission.sql"
    };

    /** The plugin's upgrade scripts, run on every start over data loaded earlier. */
    static final String[] UPGRADE_SCRIPTS = {
        "config/gc/sql/upgrade/gc_admin_menu_modules.sql"
    };

    @Resource(name = "demoDataSource")
    protected DataSource dataSource;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    @Resource(name = "demoReferenceData")
    protected DemoReferenceData referenceData;

    @Resource(name = "demoCatalogData")
    protected DemoCatalogData catalogData;

    @Resource(name = "demoOrganisationData")
    protected DemoOrganisationData organisationData;

    @Resource(name = "demoCommissionHistory")
    protected DemoCommissionHistory commissionHistory;

    @Resource(name = "demoBoardHistory")
    protected DemoBoardHistory boardHistory;

    @Resource(name = "demoDistributors")
    protected DemoDistributors distributors;

    @Resource(name = "demoTiers")
    protected DemoTiers tiers;

    @Resource(name = "demoContests")
    protected DemoContests contests;

    @Resource(name = "demoBirthdays")
    protected DemoBirthdays birthdays;

    @Resource(name = "demoMemberDays")
    protected DemoMemberDays memberDays;

    @Resource(name = "demoMembers")
    protected DemoMembers members;

    @Resource(name = "demoPackageCards")
    protected DemoPackageCards packageCards;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        if (localeService.findDefaultLocale() != null) {
            runScripts(UPGRADE_SCRIPTS);
            LOG.info("Demo data already present; nothing loaded, upgrade scripts run");
            return;
        }
        long started = System.currentTimeMillis();
        runScripts(SECURITY_SCRIPTS);
        inTransaction(new Step() {
            @Override
            public void run() {
                referenceData.load();
            }
        });
        inTransaction(new Step() {
            @Override
            public void run() {
                catalogData.load();
            }
        });
        inTransaction(new Step() {
            @Override
            public void run() {
                organisationData.load();
            }
        });
        commissionHistory.load();
        boardHistory.load();
        distributors.load();
        tiers.load();
        contests.load();
        birthdays.load();
        memberDays.load();
        members.load();
        packageCards.load();
        LOG.info("Demo data loaded in " + (System.currentTimeMillis() - started) + " ms");
    }

    private void runScripts(String[] scripts) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
        populator.setSqlScriptEncoding("UTF-8");
        for (String script : scripts) {
            populator.addScript(new ClassPathResource(script));
        }
        DatabasePopulatorUtils.execute(populator, dataSource);
    }

    private void inTransaction(final Step step) {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                step.run();
            }
        });
    }

    private interface Step {
        void run();
    }
}
