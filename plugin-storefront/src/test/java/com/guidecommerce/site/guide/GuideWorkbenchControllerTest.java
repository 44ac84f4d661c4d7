package com.guidecommerce.site.guide;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@ExtendWith(BroadleafContextExtension.class)
class GuideWorkbenchControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    private SiteFixtures fixtures;
    private MockMvc mvc;
    private AutoCloseable entityManagerInView;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new GuideWorkbenchController())).build();
        entityManagerInView = fixtures.openEntityManagerInView();
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    @Test
    void shouldShowAGuideOnlyTheirOwnMembers() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);
        Guide colleague = fixtures.activeGuide();
        Customer mine = fixtures.member();
        fixtures.bind(mine, guide, BindingSource.STORE_QR);
        fixtures.bind(fixtures.member(), colleague, BindingSource.STORE_QR);

        MvcResult result = open(account);

        List<MemberRow> members = members(result);
        assertEquals(1, members.size());
        assertEquals(1L, ((MemberPage) model(result).get("memberPage")).getTotalMembers());
        assertEquals(mine.getEmailAddress().substring(0, 2) + "***@example.com", members.get(0).getEmail());
        assertEquals("gc.source.STORE_QR", members.get(0).getSourceKey());
    }

    @Test
    void shouldGiveTheGuideTheirSignedShareLinkAndLandingAddress() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);

        Map<String, Object> model = model(open(account));

        assertTrue(((String) model.get("shareLink")).endsWith("/?gc=" + shareCodes.sign(guide.getGuideCode())));
        assertTrue(((String) model.get("landingUrl")).endsWith("/g/" + guide.getGuideCode()));
        assertEquals("/g/" + guide.getGuideCode() + "/qr.png", model.get("qrImagePath"));
    }

    @Test
    void shouldTurnAwayAShopperWhoIsNotAGuide() throws Exception {
        MvcResult result = open(fixtures.member());

        assertEquals(403, result.getResponse().getStatus());
        assertEquals("gc.workbench.notAGuide.title", model(result).get("titleKey"));
    }

    @Test
    void shouldTurnAwayASuspendedGuide() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.SUSPENDED, account);

        MvcResult result = open(account);

        assertEquals(403, result.getResponse().getStatus());
        assertEquals("gc.workbench.inactive.title", model(result).get("titleKey"));
    }

    @Test
    void shouldSendAnAnonymousVisitorToTheLoginPage() throws Exception {
        MvcResult result = open(fixtures.anonymousVisitor());

        assertEquals("redirect:/login?successUrl=/guide", result.getModelAndView().getViewName());
    }

    private MvcResult open(Customer customer) throws Exception {
        return mvc.perform(get("/guide").requestAttr("customer", customer)).andReturn();
    }

    private static Map<String, Object> model(MvcResult result) {
        return result.getModelAndView().getModel();
    }

    @SuppressWarnings("unchecked")
    private static List<MemberRow> members(MvcResult result) {
        return (List<MemberRow>) model(result).get("members");
    }
}
