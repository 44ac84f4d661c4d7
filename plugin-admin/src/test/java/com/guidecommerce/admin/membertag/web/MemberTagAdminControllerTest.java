package com.guidecommerce.admin.membertag.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.membertag.service.MemberTagService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HQ's member tags page over the real services, signed in as HQ's administrator. */
class MemberTagAdminControllerTest extends SignedInAdminTest {

    @Resource(name = "gcMemberTagService")
    MemberTagService tags;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Resource(name = "gcChannelService")
    ChannelService channelService;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    Store store;
    Guide guide;
    Customer member;

    @BeforeEach
    void boundMember() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        store = organisation.store();
        guide = organisation.guide(store);
        member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
    }

    @Test
    void shouldListAStoresMembersByTagWithEachRuleAndCountInBothLanguages() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(Arrays.asList("NEW_MEMBER"), store.getCode(), null, null, model, Locale.ENGLISH, response);

        assertEquals(1L, model.get("total"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> members = (List<Map<String, String>>) model.get("members");
        assertEquals(member.getEmailAddress(), members.get(0).get("email"), "HQ sees full contacts");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) model.get("tagRows");
        Map<String, Object> newMembers = rows.get(0);
        assertEquals("NEW_MEMBER", newMembers.get("filter"));
        assertEquals(1L, newMembers.get("count"));
        assertEquals(Boolean.TRUE, newMembers.get("chosen"));
        assertTrue(((String) newMembers.get("rule")).startsWith("Registered or first bound"), rows.toString());
        ExtendedModelMap chineseModel = new ExtendedModelMap();
        controller().show(Arrays.asList("NEW_MEMBER"), store.getCode(), null, null, chineseModel,
                Locale.SIMPLIFIED_CHINESE, response);
        String chinese = new AdminPages(messageSource).render(chineseModel.asMap(), Locale.SIMPLIFIED_CHINESE);
        String english = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
        assertTrue(chinese.contains("\u65b0\u4f1a\u5458"), "the tag by its Chinese name");
        assertTrue(english.contains(member.getEmailAddress()));
        assertFalse(chinese.contains("??"), chinese);
        assertFalse(english.contains("??"), english);
    }

    @Test
    void shouldExportTheListWithFullContactsAndRecordTheExport() throws Exception {
        MockHttpServletResponse csv = new MockHttpServletResponse();

        controller().export(Arrays.asList("NEW_MEMBER"), null, guide.getGuideCode(), Locale.ENGLISH, csv,
                new ExtendedModelMap());

        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFMember no.,Name,Email,Phone,Tags\r\n"), text);
        assertTrue(text.contains(member.getId() + "," + member.getFirstName() + "," + member.getEmailAddress()), text);
        Map<String, Object> recorded = jdbc.queryForMap("SELECT ADMIN_LOGIN, FILTER, MEMBERS FROM GC_MEMBER_TAG_EXPORT"
                + " WHERE FILTER LIKE ?", "%guide=" + guide.getGuideCode());
        assertEquals(AdminFixtures.ADMIN, recorded.get("ADMIN_LOGIN"));
        assertEquals(1, ((Number) recorded.get("MEMBERS")).intValue());
    }

    @Test
    void shouldListNobodyForAnUnknownGuideAndSaySo() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(null, null, "NO-SUCH-GUIDE", null, model, Locale.ENGLISH, response);

        assertEquals(0L, model.get("total"));
        assertEquals("gcMemberTag_error_guide", model.get("errorKey"));
    }

    private MemberTagAdminController controller() {
        return new MemberTagAdminController(tags, organisationService, customerService, messageSource, pageSupport,
                channelService);
    }
}
