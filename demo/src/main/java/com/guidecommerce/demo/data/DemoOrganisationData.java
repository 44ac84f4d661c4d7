package com.guidecommerce.demo.data;

import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideTier;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

/**
 * The demo brand's organisation: two regions, two franchisees plus HQ-direct stores, six stores and twelve guides,
 * each guide with a storefront login ({@code g0001} … {@code g0012}); and one ready-made shopper, a member of
 * {@link #SHOPPER_GUIDE} (a franchised store's manager), so channel events for them earn commission at once.
 */
public class DemoOrganisationData {

    static final String DEMO_PASSWORD = "demo1234";
    static final String SHOPPER = "shopper@example.com";
    static final String SHOPPER_GUIDE = "G0003";

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    public void load() {
        Map<String, Region> regions = new HashMap<String, Region>();
        Map<String, Franchisee> franchisees = new HashMap<String, Franchisee>();
        Map<String, Store> stores = new HashMap<String, Store>();
        for (Map<String, String> row : PipeTable.read("demo-data/organisation.psv")) {
            String type = row.get("type");
            if ("REGION".equals(type)) {
                Region region = organisationService.createRegion();
                region.setCode(row.get("code"));
                region.setName(row.get("name"));
                regions.put(region.getCode(), organisationService.saveRegion(region));
            } else if ("FRANCHISEE".equals(type)) {
                Franchisee franchisee = organisationService.createFranchisee();
                franchisee.setCode(row.get("code"));
                franchisee.setName(row.get("name"));
                franchisee.setContactPhone(row.get("phone"));
                franchisee.setSettlementAccountName(row.get("name"));
                franchisees.put(franchisee.getCode(), organisationService.saveFranchisee(franchisee));
            } else {
                Store store = organisationService.createStore();
                store.setCode(row.get("code"));
                store.setName(row.get("name"));
                store.setRegion(regions.get(row.get("parent")));
                store.setFranchisee(row.get("franchisee").isEmpty() ? null : franchisees.get(row.get("franchisee")));
                store.setCity(row.get("city"));
                store.setAddress(row.get("address"));
                store.setPhone(row.get("phone"));
                store.setTimeZoneId(row.get("time_zone"));
                stores.put(store.getCode(), organisationService.saveStore(store));
            }
        }
        for (Map<String, String> row : PipeTable.read("demo-data/guides.psv")) {
            Guide guide = organisationService.createGuide();
            guide.setGuideCode(row.get("guide_code"));
            guide.setEmployeeNo(row.get("employee_no"));
            guide.setName(row.get("name"));
            guide.setPhone(row.get("phone"));
            guide.setStore(stores.get(row.get("store")));
            guide.setRole(GuideRole.getInstance(row.get("role")));
            guide.setTier(GuideTier.getInstance(row.get("tier")));
            guide.setHireDate(SystemTime.asDate());
            guide.setCustomer(account(row.get("guide_code").toLowerCase(Locale.ROOT), row.get("name")));
            organisationService.saveGuide(guide);
        }
        account(SHOPPER, "演示顾客");
    }

    /** A registered storefront account with the demo password (guides, the demo shopper, the demo distributors). */
    Customer account(String username, String name) {
        Customer customer = customerService.createCustomer();
        customer.setUsername(username);
        customer.setEmailAddress(username.contains("@") ? username : username + "@guides.example.com");
        customer.setFirstName(name);
        customer.setLastName("");
        return customerService.registerCustomer(customer, DEMO_PASSWORD, DEMO_PASSWORD);
    }
}
