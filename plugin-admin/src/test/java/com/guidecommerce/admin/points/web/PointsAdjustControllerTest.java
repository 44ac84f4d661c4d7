package com.guidecommerce.admin.points.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.points.dao.PointsHistoryLine;
import com.guidecommerce.core.points.service.PointsService;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.ExtendedModelMap;

import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The points adjustment page over the real services, signed in as HQ's administrator. */
class PointsAdjustControllerTest extends SignedInAdminTest {

    @Resource(name = "gcPointsService")
    PointsService pointsService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    Customer member;

    @BeforeEach
    void member() {
        member = new OrganisationFixtures(context).member();
    }

    @Test
    void shouldAdjustAMembersPointsFoundByLoginWithTheReasonAndTheAdminsLogin() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().adjust(member.getUsername(), "120", "parcel arrived late", model, response);

        assertEquals(120L, model.get("done"));
        assertEquals(120L, pointsService.balanceOf(member.getId()).getAvailable());
        List<PointsHistoryLine> history = pointsService.history(member.getId(), 1);
        assertEquals("parcel arrived late", history.get(0).getReason());
        assertEquals(AdminFixtures.ADMIN, jdbc.queryForObject("SELECT ACTOR FROM GC_POINTS_ENTRY WHERE CUSTOMER_ID = ?",
                String.class, member.getId()));
    }

    @Test
    void shouldRefuseAnAdjustmentWithoutReasonAndChangeNothing() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().adjust(String.valueOf(member.getId()), "50", " ", model, response);

        assertNull(model.get("done"));
        assertEquals("gcPoints.error.REASON_REQUIRED", model.get("errorKey"));
        assertEquals(0L, pointsService.balanceOf(member.getId()).getAvailable());
    }

    @Test
    void shouldShowTheMembersBalanceAndEntriesInBothLanguages() throws Exception {
        pointsService.adjust(member.getId(), 30L, "welcome gift", AdminFixtures.ADMIN);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(String.valueOf(member.getId()), model, response);

        String chinese = new AdminPages(messageSource).render(model.asMap(), Locale.SIMPLIFIED_CHINESE);
        String english = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
        assertTrue(english.contains("welcome gift"), "the entry's reason is listed");
        assertTrue(chinese.contains("\u603b\u90e8\u8c03\u6574"), "the kind, by its Chinese label");
        assertFalse(chinese.contains("??"), chinese);
        assertFalse(english.contains("??"), english);
    }

    private PointsAdjustController controller() {
        return new PointsAdjustController(pointsService, customerService, pageSupport);
    }
}
