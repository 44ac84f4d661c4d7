package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.common.UnavailablePage;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@ExtendWith(BroadleafContextExtension.class)
class GuideLandingControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    private SiteFixtures fixtures;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new GuideLandingController())).build();
    }

    @Test
    void shouldAnswerAnUnknownGuideCodeWithNotFound() throws Exception {
        MvcResult result = mvc.perform(get("/g/NOBODY")).andReturn();

        assertEquals(404, result.getResponse().getStatus());
        assertEquals(UnavailablePage.VIEW, result.getModelAndView().getViewName());
        assertEquals("gc.landing.unknown.title", model(result).get("titleKey"));
    }

    @Test
    void shouldAnswerADepartedGuideWithGone() throws Exception {
        Guide departed = fixtures.guide(GuideStatus.DEPARTED, null);

        MvcResult result = mvc.perform(get("/g/" + departed.getGuideCode())).andReturn();

        assertEquals(410, result.getResponse().getStatus());
        assertEquals("gc.landing.gone.title", model(result).get("titleKey"));
        assertEquals(departed.getName(), model(result).get("argument"));
    }

    @Test
    void shouldRememberTheScannedGuideForAnAnonymousVisitor() throws Exception {
        Guide guide = fixtures.activeGuide();
        MockHttpSession session = new MockHttpSession();

        MvcResult result = mvc.perform(get("/g/" + guide.getGuideCode().toLowerCase()).session(session)
                .requestAttr("customer", fixtures.anonymousVisitor())).andReturn();

        assertEquals(200, result.getResponse().getStatus());
        assertEquals("gc/landing", result.getModelAndView().getViewName());
        assertEquals("/g/" + guide.getGuideCode(), model(result).get("successUrl"));
        PendingBinding pending = PendingBindingStore.current(session);
        assertEquals(guide.getGuideCode(), pending.getGuideCode());
        assertEquals(BindingSource.STORE_QR, pending.getSource());
    }

    @Test
    void shouldOfferTheBindButtonToAMemberWithoutAGuide() throws Exception {
        Guide guide = fixtures.activeGuide();

        MvcResult result = mvc.perform(get("/g/" + guide.getGuideCode()).requestAttr("customer", fixtures.member()))
                .andReturn();

        assertEquals(true, model(result).get("canBind"));
        assertNull(model(result).get("notice"));
    }

    @Test
    void shouldTellAProtectedMemberWhoKeepsThemAndUntilWhen() throws Exception {
        Guide current = fixtures.activeGuide();
        Guide other = fixtures.activeGuide();
        Customer member = fixtures.member();
        fixtures.bind(member, current, BindingSource.STORE_QR);

        MvcResult result = mvc.perform(get("/g/" + other.getGuideCode()).requestAttr("customer", member)).andReturn();

        BindingNotice notice = (BindingNotice) model(result).get("notice");
        assertEquals(BindingNotice.PROTECTED, notice.getKey());
        assertEquals(current.getName(), notice.getGuideName());
        assertEquals(10, notice.getUntil().length(), "a day such as 2026-03-01");
        assertNull(model(result).get("canBind"));
    }

    @Test
    void shouldTellAGuideTheyCannotBeTheirOwnMember() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);

        MvcResult result = mvc.perform(get("/g/" + guide.getGuideCode()).requestAttr("customer", account)).andReturn();

        assertEquals(BindingNotice.OWN_ACCOUNT, ((BindingNotice) model(result).get("notice")).getKey());
    }

    @Test
    void shouldNotOfferAGuideToBindToAColleague() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, account);
        Guide colleague = fixtures.activeGuide();

        MvcResult result = mvc.perform(get("/g/" + colleague.getGuideCode()).requestAttr("customer", account))
                .andReturn();

        assertEquals(BindingNotice.COLLEAGUE, ((BindingNotice) model(result).get("notice")).getKey());
        assertEquals(true, model(result).get("viewerIsGuide"));
        assertNull(model(result).get("canBind"));
    }

    @Test
    void shouldRefuseAGuideWhoSendsTheBindFormOfAColleague() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, account);
        Guide colleague = fixtures.activeGuide();

        MvcResult result = mvc.perform(post("/g/" + colleague.getGuideCode() + "/bind")
                .requestAttr("customer", account)).andReturn();

        BindingNotice notice = (BindingNotice) result.getFlashMap().get(GuideLandingController.NOTICE);
        assertEquals(BindingNotice.COLLEAGUE, notice.getKey());
        assertNull(bindingService.findValidBinding(account.getId()));
        assertEquals(0, bindingService.findHistory(account.getId()).size());
    }

    @Test
    void shouldBindAMemberWhoPressesTheButtonAndSayHowItWent() throws Exception {
        Guide guide = fixtures.activeGuide();
        Customer member = fixtures.member();

        MvcResult result = mvc.perform(post("/g/" + guide.getGuideCode() + "/bind").requestAttr("customer", member))
                .andReturn();

        assertEquals("redirect:/g/" + guide.getGuideCode(), result.getModelAndView().getViewName());
        BindingNotice notice = (BindingNotice) result.getFlashMap().get(GuideLandingController.NOTICE);
        assertEquals(BindingNotice.BOUND, notice.getKey());
        BindingRecord record = bindingService.findHistory(member.getId()).get(0);
        assertEquals(guide.getId(), record.getGuide().getId());
        assertEquals(member.getUsername(), record.getActor());
        assertEquals(BindingReasons.STORE_QR, record.getReason());
    }

    @Test
    void shouldShowTheNoticeOfTheBindingJustDoneAfterTheRedirect() throws Exception {
        Guide guide = fixtures.activeGuide();
        Customer member = fixtures.member();
        fixtures.bind(member, guide, BindingSource.STORE_QR);
        BindingNotice bound = BindingNotice.describe(BindingOutcome.BIND, null,
                guide.getName(), null, null);

        MvcResult result = mvc.perform(get("/g/" + guide.getGuideCode()).requestAttr("customer", member)
                .flashAttr(GuideLandingController.NOTICE, bound)).andReturn();

        assertEquals(BindingNotice.BOUND, ((BindingNotice) model(result).get("notice")).getKey());
    }

    @Test
    void shouldSendAnAnonymousVisitorWhoPressesTheButtonToTheLoginPage() throws Exception {
        Guide guide = fixtures.activeGuide();

        MvcResult result = mvc.perform(post("/g/" + guide.getGuideCode() + "/bind")
                .requestAttr("customer", fixtures.anonymousVisitor())).andReturn();

        assertEquals("redirect:/login?successUrl=/g/" + guide.getGuideCode(), result.getModelAndView().getViewName());
    }

    private static Map<String, Object> model(MvcResult result) {
        return result.getModelAndView().getModel();
    }
}
