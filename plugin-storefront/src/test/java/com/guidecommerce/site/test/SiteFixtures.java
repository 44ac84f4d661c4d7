package com.guidecommerce.site.test;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.GuideTier;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafFixtures;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * Storefront test data: an organisation with guides, members, and the shopper's request as Broadleaf's filters leave
 * it (the current customer in the {@code customer} request attribute), and sales channels.
 */
public class SiteFixtures {

    private final OrganisationService organisationService;
    private final CustomerService customerService;
    private final BindingService bindingService;
    private final BroadleafFixtures broadleafFixtures;
    private final JdbcTemplate jdbc;
    private final ApplicationContext context;
    private final EntityConfiguration entityConfiguration;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    public SiteFixtures(ApplicationContext context) {
        this.organisationService = context.getBean("gcOrganisationService", OrganisationService.class);
        this.customerService = context.getBean("blCustomerService", CustomerService.class);
        this.bindingService = context.getBean("gcBindingService", BindingService.class);
        this.broadleafFixtures = new BroadleafFixtures(context);
        this.jdbc = new JdbcTemplate(context.getBean("gcTestDataSource", DataSource.class));
        this.context = context;
        this.entityConfiguration = context.getBean("blEntityConfiguration", EntityConfiguration.class);
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(
                context.getBean("entityManagerFactory", EntityManagerFactory.class));
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
        // Broadleaf's storefront listeners read the request context whenever a customer is saved.
        if (BroadleafRequestContext.getBroadleafRequestContext() == null) {
            BroadleafRequestContext.setBroadleafRequestContext(new BroadleafRequestContext());
        }
    }

    /** The shipped member ladder (gc_member_tiers.sql), loaded unless this database has member tiers. */
    public synchronized void memberTiers() {
        Integer tiers = jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_TIER", Integer.class);
        if (tiers == null || tiers == 0) {
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
            populator.addScript(new ClassPathResource("config/gc/sql/gc_member_tiers.sql"));
            populator.setSqlScriptEncoding("UTF-8");
            DatabasePopulatorUtils.execute(populator, context.getBean("gcTestDataSource", DataSource.class));
        }
    }

    /** Keeps an entity manager open on this thread, as the storefront's OpenEntityManagerInViewFilter does per request. */
    public AutoCloseable openEntityManagerInView() {
        return broadleafFixtures.openEntityManagerInView();
    }

    /** A storefront bean (controller, interceptor) with its dependencies injected from the Broadleaf context. */
    public <T> T wired(T bean) {
        context.getAutowireCapableBeanFactory().autowireBean(bean);
        return bean;
    }

    /** Broadleaf gives every registered customer ROLE_USER and expects the mall's data to define it. */
    public void defineCustomerRole() {
        if (jdbc.queryForObject("select count(*) from BLC_ROLE where ROLE_NAME = 'ROLE_USER'", Integer.class) == 0) {
            jdbc.update("insert into BLC_ROLE (ROLE_ID, ROLE_NAME) values (1, 'ROLE_USER')");
        }
    }

    public static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public Guide activeGuide() {
        return guide(GuideStatus.ACTIVE, null);
    }

    public Guide guide(GuideStatus status, Customer account) {
        Region region = organisationService.createRegion();
        region.setCode(uniqueCode());
        region.setName("East China");
        region = organisationService.saveRegion(region);

        Store store = organisationService.createStore();
        store.setCode(uniqueCode());
        store.setName("Nanjing Road");
        store.setRegion(region);
        store.setPhone("021-62881001");
        store.setTimeZoneId("Asia/Shanghai");
        store = organisationService.saveStore(store);

        Guide guide = organisationService.createGuide();
        guide.setGuideCode(uniqueCode());
        guide.setEmployeeNo(uniqueCode());
        guide.setName("Lin Xiaowen");
        guide.setStore(store);
        guide.setRole(GuideRole.GUIDE);
        guide.setTier(GuideTier.NORMAL);
        guide.setStatus(status);
        guide.setCustomer(account);
        return organisationService.saveGuide(guide);
    }

    /** A guide with an account in the same store as {@code colleague}, in the role given. */
    public Guide colleague(Guide colleague, GuideRole role, Customer account) {
        Guide guide = organisationService.createGuide();
        guide.setGuideCode(uniqueCode());
        guide.setEmployeeNo(uniqueCode());
        guide.setName("Zhou Min");
        guide.setStore(colleague.getStore());
        guide.setRole(role);
        guide.setTier(GuideTier.NORMAL);
        guide.setStatus(GuideStatus.ACTIVE);
        guide.setCustomer(account);
        return organisationService.saveGuide(guide);
    }

    public Customer member() {
        return broadleafFixtures.registeredCustomer();
    }

    /** A shopper who has not registered yet, as Broadleaf creates one for every new visitor (not saved). */
    public Customer anonymousVisitor() {
        Customer visitor = customerService.createNewCustomer();
        visitor.setAnonymous(true);
        return visitor;
    }

    /** A channel with a code of its own, in Shanghai time, paying commission from the paid order. */
    public Channel channel(String signingSecret, boolean active) {
        Channel channel = (Channel) entityConfiguration.createEntityInstance(Channel.class.getName());
        channel.setCode(uniqueCode());
        channel.setName("Tmall flagship");
        channel.setSigningSecret(signingSecret);
        channel.setTimeZone("Asia/Shanghai");
        channel.setCommissionStart(CommissionStart.PAID);
        channel.setReturnWindowDays(7);
        channel.setActive(active);
        return transaction.execute(status -> entityManager.merge(channel));
    }

    public void bind(Customer member, Guide guide, BindingSource source) {
        bindingService.bind(member, guide, source, "test", "test fixture");
    }

    /** A GET request of {@code shopper}, also made the current request of this thread. */
    public MockHttpServletRequest request(String method, String path, Customer shopper) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setAttribute("customer", shopper);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    public void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }
}
