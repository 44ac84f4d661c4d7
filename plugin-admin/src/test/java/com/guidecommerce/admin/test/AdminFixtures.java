package com.guidecommerce.admin.test;

import com.guidecommerce.core.binding.domain.BindingPolicy;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.fraud.domain.FraudSignalStatus;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.GuideTier;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierImpl;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Admin-side test data: the admin security rows (Broadleaf's, then ours) and the default binding policies, a signed-in
 * admin user, organisation records saved through the plugin's service, and admin forms as the admin's entity
 * controller would submit them.
 */
public class AdminFixtures {

    public static final String ADMIN = "gc-test-admin";
    public static final String GUIDE_MANAGER = "gc-test-guide-manager";
    public static final String FRAUD_REVIEWER = "gc-test-fraud-reviewer";
    /** May view the performance boards, not rebuild their ranks. */
    public static final String BOARD_VIEWER = "gc-test-board-viewer";

    private static final String[] SECURITY_SCRIPTS = {
            "config/bc/sql/load_admin_permissions.sql",
            "config/bc/sql/load_admin_roles.sql",
            "config/bc/sql/load_admin_menu.sql",
            "config/gc/sql/gc_admin_security.sql",
            "config/gc/sql/gc_binding_policies.sql",
            "config/gc/sql/gc_tiers.sql",
            "config/gc/sql/gc_member_tiers.sql",
            "gc-test/gc_test_admin_user.sql"
    };

    private final DataSource dataSource;
    private final OrganisationService organisationService;
    private final BroadleafFixtures broadleafFixtures;

    public AdminFixtures(ApplicationContext context) {
        this.dataSource = context.getBean("gcTestDataSource", DataSource.class);
        this.organisationService = context.getBean("gcOrganisationService", OrganisationService.class);
        this.broadleafFixtures = new BroadleafFixtures(context);
    }

    /** Keeps an entity manager open on this thread, as the admin's OpenEntityManagerInViewFilter does per request. */
    public AutoCloseable openEntityManagerInView() {
        return broadleafFixtures.openEntityManagerInView();
    }

    /** Runs the admin security scripts unless this database already has them; every test JVM shares one database. */
    public void loadAdminSecurityRows() {
        if (jdbc().queryForObject("select count(*) from BLC_ADMIN_MODULE where ADMIN_MODULE_ID = -7000", Integer.class) > 0) {
            return;
        }
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
        for (String script : SECURITY_SCRIPTS) {
            populator.addScript(new ClassPathResource(script));
        }
        populator.setSqlScriptEncoding("UTF-8");
        DatabasePopulatorUtils.execute(populator, dataSource);
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** What the database holds, past any entity the test's entity manager may still have in memory. */
    public int storesWithCode(String code) {
        return jdbc().queryForObject("select count(*) from GC_STORE where CODE = ?", Integer.class, code);
    }

    public String savedGuideStatus(Guide guide) {
        return jdbc().queryForObject("select STATUS from GC_GUIDE where GUIDE_ID = ?", String.class, guide.getId());
    }

    /**
     * Signs an admin user in on this thread, as the admin's login filter would, and puts the request context its
     * request filter would (value formatting in the admin persistence path reads the locale and time zone from it).
     */
    public void signInAs(String login) {
        List<GrantedAuthority> authorities = Collections.emptyList();
        User user = new User(login, "unused", authorities);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
        BroadleafRequestContext requestContext = new BroadleafRequestContext();
        // Date columns are formatted in the request's time zone, which the admin's request filter sets.
        requestContext.setTimeZone(TimeZone.getDefault());
        BroadleafRequestContext.setBroadleafRequestContext(requestContext);
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
        BroadleafRequestContext.setBroadleafRequestContext(null);
    }

    public static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public Region region() {
        Region region = organisationService.createRegion();
        region.setCode(uniqueCode());
        region.setName("East China");
        return organisationService.saveRegion(region);
    }

    public Store store(Region region) {
        Store store = organisationService.createStore();
        store.setCode(uniqueCode());
        store.setName("Nanjing Road");
        store.setRegion(region);
        store.setTimeZoneId("Asia/Shanghai");
        return organisationService.saveStore(store);
    }

    public Guide guide(Store store, GuideStatus status) {
        Guide guide = organisationService.createGuide();
        guide.setGuideCode(uniqueCode());
        guide.setEmployeeNo(uniqueCode());
        guide.setName("Li Na");
        guide.setStore(store);
        guide.setRole(GuideRole.GUIDE);
        guide.setTier(GuideTier.NORMAL);
        guide.setStatus(status);
        return organisationService.saveGuide(guide);
    }

    public Long policyIdOf(String source) {
        return jdbc().queryForObject("select BINDING_POLICY_ID from GC_BINDING_POLICY where SOURCE = ?", Long.class, source);
    }

    /** A binding policy form as the Binding Policies section posts it; {@code id} is {@code null} for a new policy. */
    public EntityForm policyForm(Long id, String source, String validityDays, String protectionDays) {
        EntityForm form = form(BindingPolicy.class.getName(), "com.guidecommerce.core.binding.domain.BindingPolicyImpl", id);
        form.addField(field("source", source));
        form.addField(field("validityDays", validityDays));
        form.addField(field("protectionDays", protectionDays));
        form.addField(field("overridesExisting", "true"));
        return form;
    }

    /** A new-store form as the Stores section posts it. */
    public EntityForm newStoreForm(String code, Region region, String timeZoneId) {
        EntityForm form = form(Store.class.getName(), "com.guidecommerce.core.organisation.domain.StoreImpl", null);
        form.addField(field("code", code));
        form.addField(field("name", "People's Square"));
        form.addField(field("region", String.valueOf(region.getId())));
        form.addField(field("timeZoneId", timeZoneId));
        form.addField(field("active", "true"));
        return form;
    }

    /** A new-guide form as the Guides section posts it. */
    public EntityForm newGuideForm(String guideCode, String employeeNo, Store store) {
        return guideForm(null, guideCode, employeeNo, store, GuideStatus.ACTIVE);
    }

    /** The edit form of a saved guide, with the status changed to {@code status}. */
    public EntityForm editGuideForm(Guide guide, GuideStatus status) {
        return guideForm(guide.getId(), guide.getGuideCode(), guide.getEmployeeNo(), guide.getStore(), status);
    }

    /** The edit form of a fraud signal as the Fraud Review section posts it: its id, status and review note. */
    public EntityForm fraudReviewForm(FraudSignal signal, FraudSignalStatus status, String reviewNote) {
        EntityForm form = form(FraudSignal.class.getName(), "com.guidecommerce.core.fraud.domain.FraudSignalImpl",
                signal.getId());
        form.addField(field("status", status.getType()));
        form.addField(field("reviewNote", reviewNote));
        return form;
    }

    /** A channel form as the Channels section posts it; {@code id} is {@code null} for a new channel. */
    public EntityForm channelForm(Long id, String code, String timeZone, String returnWindowDays) {
        EntityForm form = form(Channel.class.getName(), "com.guidecommerce.core.channel.domain.ChannelImpl", id);
        form.addField(field("code", code));
        form.addField(field("name", "Tmall flagship"));
        form.addField(field("signingSecret", "s3cret"));
        form.addField(field("timeZone", timeZone));
        form.addField(field("commissionStart", "PAID"));
        form.addField(field("returnWindowDays", returnWindowDays));
        form.addField(field("active", "true"));
        return form;
    }

    /** A tier form as the Tiers section posts it, with thresholds of 1000.00 sales and 5 orders. */
    public EntityForm tierForm(String subject, String code, String rank) {
        EntityForm form = form(Tier.class.getName(), TierImpl.class.getName(), null);
        form.addField(field("subject", subject));
        form.addField(field("code", code));
        form.addField(field("name", "铂金"));
        form.addField(field("nameEn", "Platinum"));
        form.addField(field("rank", rank));
        form.addField(field("minSales", "1000.00"));
        form.addField(field("minOrders", "5"));
        form.addField(field("minNewMembers", "0"));
        return form;
    }

    /** A member tier form as the Member Tiers section posts it. */
    public EntityForm memberTierForm(String code, String rank, String minSpend) {
        EntityForm form = form("com.guidecommerce.core.membertier.domain.MemberTier",
                "com.guidecommerce.core.membertier.domain.MemberTierImpl", null);
        form.addField(field("code", code));
        form.addField(field("name", "\u94c2\u91d1\u5361"));
        form.addField(field("nameEn", "Platinum"));
        form.addField(field("rank", rank));
        form.addField(field("minSpend", minSpend));
        return form;
    }

    /** A commission plan form as the Commission Plans section posts it. */
    public EntityForm planForm(Long id, String name, String capPercent) {
        EntityForm form = form(CommissionPlan.class.getName(), "com.guidecommerce.core.commission.domain.CommissionPlanImpl", id);
        form.addField(field("name", name));
        form.addField(field("capPercent", capPercent));
        form.addField(field("currency", "CNY"));
        return form;
    }

    /** A rule form as the plan's Rules list posts it (the list adds the plan itself). */
    public EntityForm ruleForm(String role, String ratePercent, boolean excluded) {
        EntityForm form = form(CommissionRule.class.getName(), "com.guidecommerce.core.commission.domain.CommissionRuleImpl",
                null);
        form.addField(field("role", role));
        form.addField(field("ratePercent", ratePercent));
        form.addField(field("excluded", String.valueOf(excluded)));
        return form;
    }

    private EntityForm guideForm(Long id, String guideCode, String employeeNo, Store store, GuideStatus status) {
        EntityForm form = form(Guide.class.getName(), "com.guidecommerce.core.organisation.domain.GuideImpl", id);
        form.addField(field("guideCode", guideCode));
        form.addField(field("employeeNo", employeeNo));
        form.addField(field("name", "Wang Fang"));
        form.addField(field("store", String.valueOf(store.getId())));
        form.addField(field("role", GuideRole.GUIDE.getType()));
        form.addField(field("status", status.getType()));
        form.addField(field("tier", GuideTier.NORMAL.getType()));
        return form;
    }

    private static EntityForm form(String ceilingEntity, String entityType, Long id) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(ceilingEntity);
        form.setEntityType(entityType);
        form.setId(id == null ? null : String.valueOf(id));
        return form;
    }

    public static Field field(String name, String value) {
        return new Field().withName(name).withValue(value);
    }
}
