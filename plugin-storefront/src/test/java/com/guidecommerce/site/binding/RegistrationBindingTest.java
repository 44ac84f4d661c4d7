package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;
import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Registering through Broadleaf's customer service binds the new member to the guide that brought them. */
@ExtendWith(BroadleafContextExtension.class)
class RegistrationBindingTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    private SiteFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        fixtures.defineCustomerRole();
    }

    @AfterEach
    void tearDown() {
        fixtures.endRequest();
    }

    @Test
    void shouldBindAVisitorWhoScannedAGuidesCodeWhenTheyRegister() {
        Guide guide = fixtures.activeGuide();
        Customer visitor = fixtures.anonymousVisitor();
        HttpSession session = pending(visitor, guide, BindingSource.STORE_QR);

        Customer member = register(visitor);

        MemberBinding binding = bindingService.findValidBinding(member.getId());
        assertEquals(guide.getId(), binding.getGuide().getId());
        assertEquals(BindingSource.STORE_QR, binding.getSource());
        assertNull(PendingBindingStore.current(session), "the pending binding is used up");
    }

    @Test
    void shouldRecordTheNewMemberAsActorAndTheLinkAsReason() {
        Guide guide = fixtures.activeGuide();
        Customer visitor = fixtures.anonymousVisitor();
        pending(visitor, guide, BindingSource.SHARE_LINK);

        Customer member = register(visitor);

        List<BindingRecord> history = bindingService.findHistory(member.getId());
        assertEquals(1, history.size());
        assertEquals(member.getUsername(), history.get(0).getActor());
        assertEquals(BindingReasons.REGISTERED_VIA_SHARE_LINK, history.get(0).getReason());
        assertEquals(BindingSource.SHARE_LINK, history.get(0).getSource());
    }

    @Test
    void shouldNotBindAVisitorWhoCameWithoutAGuide() {
        Customer visitor = fixtures.anonymousVisitor();
        fixtures.request("POST", "/register", visitor).getSession(true);

        Customer member = register(visitor);

        assertNull(bindingService.findValidBinding(member.getId()));
    }

    @Test
    void shouldRegisterTheVisitorEvenWhenTheirGuideHasGone() {
        Customer visitor = fixtures.anonymousVisitor();
        MockHttpServletRequest request = fixtures.request("POST", "/register", visitor);
        PendingBindingStore.offer(request.getSession(true),
                new PendingBinding("NOBODY", BindingSource.STORE_QR, SystemTime.asDate()));

        Customer member = register(visitor);

        assertEquals(true, customerService.readCustomerById(member.getId()).isRegistered());
        assertNull(bindingService.findValidBinding(member.getId()));
        assertNull(PendingBindingStore.current(request.getSession()));
    }

    private HttpSession pending(Customer visitor, Guide guide, BindingSource source) {
        HttpSession session = fixtures.request("POST", "/register", visitor).getSession(true);
        PendingBindingStore.offer(session, new PendingBinding(guide.getGuideCode(), source, SystemTime.asDate()));
        return session;
    }

    private Customer register(Customer visitor) {
        String username = "member-" + SiteFixtures.uniqueCode().toLowerCase() + "@example.com";
        visitor.setUsername(username);
        visitor.setEmailAddress(username);
        visitor.setFirstName("Xiao");
        visitor.setLastName("Wang");
        return customerService.registerCustomer(visitor, "secret123", "secret123");
    }
}
