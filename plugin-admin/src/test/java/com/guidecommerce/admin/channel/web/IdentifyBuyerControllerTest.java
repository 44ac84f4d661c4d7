package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.channel.dao.JpaChannelOrders;
import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.util.Date;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Identify buyer page over a real unmatched order, real members and Broadleaf's admin security. The identity
 * service is the core's contract ({@link IdentityService}); it is stubbed here so the page is tested on its own.
 */
@ExtendWith(BroadleafContextExtension.class)
class IdentifyBuyerControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "gcChannelOrders")
    JpaChannelOrders channelOrders;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    IdentityService identityService = Mockito.mock(IdentityService.class);
    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    AdminFixtures fixtures;
    AutoCloseable entityManagerInView;
    long order;
    Customer member;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
        LedgerRows rows = new LedgerRows(context);
        order = rows.order(rows.channel(), new Date(1700000000000L)).buyerId("tb-buyer-9").insert();
        member = new OrganisationFixtures(context).member();
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldOfferTheFormForAnUnmatchedOrder() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().show(order, model, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals("gc/identifyBuyer", model.get("viewType"));
        assertEquals(Boolean.TRUE, model.get("canIdentify"));
        String page = new AdminPages(messageSource).render(model.asMap(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(page.contains("tb-buyer-9"), page);
        assertTrue(page.contains("id=\"gc-identify-form\""), page);
    }

    @Test
    void shouldIdentifyTheBuyerByEmailAsTheSignedInAdmin() throws Exception {
        when(identityService.identify(order, member.getId(), AdminFixtures.ADMIN)).thenReturn(3);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().identify(order, member.getEmailAddress(), model, Locale.ENGLISH, response);

        assertEquals(3, model.get("attributed"));
        assertEquals(member.getId(), ((Customer) model.get("identified")).getId());
        assertEquals(Boolean.FALSE, model.get("canIdentify"));
        String page = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
        assertTrue(page.contains("The buyer is " + member.getUsername() + "; 3 orders were attributed"), page);
    }

    @Test
    void shouldIdentifyTheBuyerByCustomerId() throws Exception {
        when(identityService.identify(order, member.getId(), AdminFixtures.ADMIN)).thenReturn(1);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().identify(order, String.valueOf(member.getId()), model, Locale.ENGLISH, response);

        assertEquals(1, model.get("attributed"));
    }

    @Test
    void shouldSaySoWhenNoMemberHasTheAddress() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().identify(order, "nobody-" + LedgerRows.nextId() + "@example.com", model, Locale.ENGLISH, response);

        assertEquals(messageSource.getMessage("gcIdentify_error_noMember", null, Locale.ENGLISH), model.get("error"));
        verify(identityService, never()).identify(anyLong(), anyLong(), anyString());
    }

    @Test
    void shouldShowWhyTheIdentityServiceRefused() throws Exception {
        when(identityService.identify(order, member.getId(), AdminFixtures.ADMIN))
                .thenThrow(new ChannelException("ORDER_ALREADY_MATCHED", "Order is matched already"));
        ExtendedModelMap model = new ExtendedModelMap();

        controller().identify(order, member.getEmailAddress(), model, Locale.ENGLISH, response);

        assertEquals("Order is matched already", model.get("error"));
        assertNull(model.get("attributed"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownOrder() throws Exception {
        assertNull(controller().show(-1L, new ExtendedModelMap(), response));

        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private IdentifyBuyerController controller() {
        return new IdentifyBuyerController(identityService, customerService, channelOrders, pageSupport, messageSource);
    }
}
