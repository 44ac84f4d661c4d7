package com.guidecommerce.core.test;

import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Committed organisation data for context tests: every call saves through the real services (each in its own
 * transaction) and uses fresh codes, so tests sharing one context never collide.
 */
public class OrganisationFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationService organisationService;
    private final CustomerService customerService;

    public OrganisationFixtures(ApplicationContext context) {
        this.organisationService = context.getBean("gcOrganisationService", OrganisationService.class);
        this.customerService = context.getBean("blCustomerService", CustomerService.class);
    }

    public Store store() {
        int n = SEQUENCE.incrementAndGet();
        Region region = organisationService.createRegion();
        region.setCode("R" + n);
        region.setName("Region " + n);
        region = organisationService.saveRegion(region);
        Store store = organisationService.createStore();
        store.setCode("S" + n);
        store.setName("Store " + n);
        store.setRegion(region);
        return organisationService.saveStore(store);
    }

    /** A store run by a franchisee of its own. */
    public Store franchisedStore() {
        int n = SEQUENCE.incrementAndGet();
        Franchisee franchisee = organisationService.createFranchisee();
        franchisee.setCode("F" + n);
        franchisee.setName("Franchisee " + n);
        franchisee.setActive(true);
        franchisee = organisationService.saveFranchisee(franchisee);
        Store store = store();
        store.setFranchisee(franchisee);
        return organisationService.saveStore(store);
    }

    public Guide guide(Store store) {
        return guide(store, GuideRole.GUIDE, GuideStatus.ACTIVE);
    }

    /** A guide with a storefront account of their own. */
    public Guide guide(Store store, GuideRole role, GuideStatus status) {
        int n = SEQUENCE.incrementAndGet();
        Guide guide = organisationService.createGuide();
        guide.setGuideCode("T" + n);
        guide.setEmployeeNo("EMP" + n);
        guide.setName("Guide " + n);
        guide.setStore(store);
        guide.setRole(role);
        guide.setStatus(status);
        guide.setCustomer(member("guide" + n));
        return organisationService.saveGuide(guide);
    }

    /** A committed, registered shopper account. */
    public Customer member() {
        return member("member" + SEQUENCE.incrementAndGet());
    }

    private Customer member(String name) {
        Customer customer = customerService.createCustomer();
        String username = name.toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + "@example.com";
        customer.setUsername(username);
        customer.setEmailAddress(username);
        customer.setFirstName(name);
        customer.setRegistered(true);
        return customerService.saveCustomer(customer);
    }
}
