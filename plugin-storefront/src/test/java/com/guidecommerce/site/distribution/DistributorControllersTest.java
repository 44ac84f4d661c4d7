package com.guidecommerce.site.distribution;

import com.guidecommerce.core.commission.service.LedgerTotals;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.common.UnavailablePage;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A guide's invitation from the workbench, the member's join page and their distributor page. */
@ExtendWith(BroadleafContextExtension.class)
class DistributorControllersTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    private SiteFixtures fixtures;
    private MockMvc mvc;
    private AutoCloseable entityManagerInView;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new DistributorInviteController()),
                fixtures.wired(new DistributorJoinController()), fixtures.wired(new DistributorPageController())).build();
        entityManagerInView = fixtures.openEntityManagerInView();
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    @Test
    void shouldGiveAGuideANewInvitationLinkAndQrCode() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, account);

        MvcResult result = mvc.perform(post("/guide/distributors/invite").requestAttr("customer", account)).andReturn();

        assertEquals(DistributorInviteController.WORKBENCH, result.getModelAndView().getViewName());
        InvitationView invitation = (InvitationView) result.getFlashMap().get(DistributorInviteController.INVITATION);
        String token = invitation.getLink().substring(invitation.getLink().lastIndexOf('/') + 1);
        assertTrue(invitation.getLink().endsWith("/distributor/join/" + token) && token.matches("[0-9a-f]{32}"),
                invitation.getLink());
        assertEquals("/distributor/join/" + token + "/qr.png", invitation.getQrImagePath());
        assertEquals(10, invitation.getExpiresOn().length(), "a day such as 2026-03-15");
        assertEquals(200, mvc.perform(get(invitation.getQrImagePath())).andReturn().getResponse().getStatus());
    }

    @Test
    void shouldNotLetAMemberWhoIsNoGuideInvite() throws Exception {
        MvcResult result = mvc.perform(post("/guide/distributors/invite").requestAttr("customer", fixtures.member()))
                .andReturn();

        assertEquals("redirect:/login?successUrl=/guide", result.getModelAndView().getViewName());
        assertNull(result.getFlashMap().get(DistributorInviteController.INVITATION));
    }

    @Test
    void shouldAnswerAnUnknownInvitationWithNotFound() throws Exception {
        MvcResult result = mvc.perform(get("/distributor/join/0123456789abcdef0123456789abcdef")).andReturn();

        assertEquals(404, result.getResponse().getStatus());
        assertEquals(UnavailablePage.VIEW, result.getModelAndView().getViewName());
        assertEquals("gc.distributor.unknown.title", model(result).get("titleKey"));
    }

    @Test
    void shouldShowAVisitorTheInvitingGuideAndSendThemBackAfterLoggingIn() throws Exception {
        Guide guide = fixtures.activeGuide();
        String token = distributionService.invite(guide).getToken();

        MvcResult page = mvc.perform(get("/distributor/join/" + token)
                .requestAttr("customer", fixtures.anonymousVisitor())).andReturn();
        MvcResult accept = mvc.perform(post("/distributor/join/" + token)
                .requestAttr("customer", fixtures.anonymousVisitor())).andReturn();

        assertEquals(DistributorJoinController.JOIN_VIEW, page.getModelAndView().getViewName());
        assertEquals(guide.getGuideCode(), ((Guide) model(page).get("guide")).getGuideCode());
        assertNull(model(page).get("member"));
        assertEquals("/distributor/join/" + token, model(page).get("joinPath"));
        assertEquals("redirect:/login?successUrl=/distributor/join/" + token, accept.getModelAndView().getViewName());
    }

    @Test
    void shouldMakeAMemberWhoAcceptsADistributorAndShowTheirPage() throws Exception {
        Guide guide = fixtures.activeGuide();
        Customer member = fixtures.member();
        String token = distributionService.invite(guide).getToken();

        MvcResult accept = mvc.perform(post("/distributor/join/" + token).requestAttr("customer", member)).andReturn();
        MvcResult page = mvc.perform(get("/distributor").requestAttr("customer", member)
                .flashAttr(DistributorJoinController.NOTICE, DistributorJoinController.JOINED)).andReturn();

        assertEquals("redirect:/distributor", accept.getModelAndView().getViewName());
        assertEquals(DistributorJoinController.JOINED, accept.getFlashMap().get(DistributorJoinController.NOTICE));
        Distributor distributor = (Distributor) model(page).get("distributor");
        assertEquals(DistributorStatus.ACTIVE, distributor.getStatus());
        assertEquals(guide.getGuideCode(), distributor.getGuide().getGuideCode());
        assertEquals(DistributorJoinController.JOINED, model(page).get("notice"));
        assertEquals(10, ((String) model(page).get("joinedOn")).length());
        String shareLink = (String) model(page).get("shareLink");
        assertEquals(distributor.getCode(), shareCodes.verify(shareLink.substring(shareLink.indexOf("?gc=") + 4)));
        assertEquals(0, ((LedgerTotals) model(page).get("commission")).getPaid().signum());
        assertTrue(((List<?>) model(page).get("earnings")).isEmpty());
    }

    @Test
    void shouldTellAGuideWhyTheirOwnAccountCannotJoin() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);
        String token = distributionService.invite(guide).getToken();

        MvcResult accept = mvc.perform(post("/distributor/join/" + token).requestAttr("customer", account)).andReturn();

        assertEquals("redirect:/distributor/join/" + token, accept.getModelAndView().getViewName());
        assertEquals(JoinRefusal.EMPLOYEE_ACCOUNT.getMessageKey(),
                accept.getFlashMap().get(DistributorJoinController.NOTICE));
        assertNull(distributionService.findByCustomer(account.getId()));
    }

    @Test
    void shouldSayWhyAnInvitationCannotBeAcceptedBeforeTheMemberPressesAccept() throws Exception {
        Guide guide = fixtures.activeGuide();
        Customer member = fixtures.member();
        distributionService.accept(distributionService.invite(guide).getToken(), member);
        String another = distributionService.invite(guide).getToken();

        MvcResult page = mvc.perform(get("/distributor/join/" + another).requestAttr("customer", member)).andReturn();
        MvcResult fresh = mvc.perform(get("/distributor/join/" + another)
                .requestAttr("customer", fixtures.member())).andReturn();

        assertEquals(JoinRefusal.ALREADY_DISTRIBUTOR.getMessageKey(), model(page).get("refusal"));
        assertNull(model(fresh).get("refusal"), "a member who may join sees the Accept button");
    }

    @Test
    void shouldTellAMemberWhoIsNoDistributorSo() throws Exception {
        MvcResult page = mvc.perform(get("/distributor").requestAttr("customer", fixtures.member())).andReturn();

        assertEquals(DistributorPageController.VIEW, page.getModelAndView().getViewName());
        assertNull(model(page).get("distributor"));
    }

    private static Map<String, Object> model(MvcResult result) {
        return result.getModelAndView().getModel();
    }
}
