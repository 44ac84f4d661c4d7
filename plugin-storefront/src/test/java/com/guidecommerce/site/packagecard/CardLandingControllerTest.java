package com.guidecommerce.site.packagecard;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.PackageCardFixtures;
import com.guidecommerce.site.common.UnavailablePage;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.Date;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@ExtendWith(BroadleafContextExtension.class)
class CardLandingControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPackageCardService")
    PackageCardService cardService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    private SiteFixtures fixtures;
    private PackageCardFixtures cards;
    private MockMvc mvc;
    private Channel platform;
    private Guide guide;
    private PackageCardCampaign campaign;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        cards = new PackageCardFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new CardLandingController())).build();
        platform = cards.platform();
        guide = fixtures.activeGuide();
        campaign = cards.campaign(platform, guide.getStore(), new Date(System.currentTimeMillis() - 86400000L), null,
                30);
    }

    @AfterEach
    void endRequest() {
        fixtures.endRequest();
    }

    @Test
    void shouldAnswerAnAlteredCodeWithAPageSayingSo() throws Exception {
        String code = cardService.cardCode(campaign.getId(), "W1").replace("-W1-", "-W2-");

        MvcResult result = mvc.perform(get("/card/" + code)).andReturn();

        assertEquals(404, result.getResponse().getStatus());
        assertEquals(UnavailablePage.VIEW, result.getModelAndView().getViewName());
        assertEquals("gc.card.invalid.title", model(result).get("titleKey"));
    }

    @Test
    void shouldInviteAnAnonymousVisitorToRegisterAndCountTheirScanOnce() throws Exception {
        String code = cardService.cardCode(campaign.getId(), "W3");
        MockHttpSession session = new MockHttpSession();

        MvcResult result = mvc.perform(get("/card/" + code).session(session)
                .requestAttr("customer", fixtures.anonymousVisitor())).andReturn();
        mvc.perform(get("/card/" + code).session(session).requestAttr("customer", fixtures.anonymousVisitor()));

        assertEquals(200, result.getResponse().getStatus());
        assertEquals("gc/card", result.getModelAndView().getViewName());
        assertEquals("/card/" + code, model(result).get("successUrl"));
        assertEquals(code, CardVisit.card(session));
        assertEquals(1, cards.steps(campaign, "SCAN"));
    }

    @Test
    void shouldOfferAMemberTheClaimButton() throws Exception {
        MvcResult result = mvc.perform(get("/card/" + cardService.cardCode(campaign.getId(), null))
                .requestAttr("customer", fixtures.member())).andReturn();

        assertEquals(true, model(result).get("canClaim"));
        assertNull(model(result).get("notice"));
    }

    @Test
    void shouldLinkTheOrderAndBindTheMemberWhoClaimsAndSayHowItWent() throws Exception {
        cards.paidByBuyer(platform, "W4", "tb-w4-" + platform.getCode(), null,
                new Date(System.currentTimeMillis() - 3600000L));
        String code = cardService.cardCode(campaign.getId(), "W4");
        Customer member = fixtures.member();

        MvcResult result = mvc.perform(post("/card/" + code + "/claim").requestAttr("customer", member)).andReturn();

        assertEquals("redirect:/card/" + code, result.getModelAndView().getViewName());
        CardNotice notice = (CardNotice) result.getFlashMap().get(CardLandingController.NOTICE);
        assertEquals("gc.card.outcome.LINKED", notice.getOutcomeKey());
        assertEquals(1, notice.getOrdersAttributed());
        assertEquals("gc.card.binding.bound", notice.getBindingKey());
        assertEquals(guide.getName(), notice.getGuideName());
        assertEquals(member.getId(), cards.buyerOf(platform, "W4"));
        assertEquals(BindingSource.PACKAGE_CARD, bindingService.findValidBinding(member.getId()).getSource());
    }

    @Test
    void shouldShowTheNoticeOfTheClaimJustMadeInsteadOfTheButton() throws Exception {
        String code = cardService.cardCode(campaign.getId(), null);
        Customer member = fixtures.member();
        MvcResult claimed = mvc.perform(post("/card/" + code + "/claim").requestAttr("customer", member)).andReturn();

        MvcResult result = mvc.perform(get("/card/" + code).requestAttr("customer", member)
                .flashAttr(CardLandingController.NOTICE, claimed.getFlashMap().get(CardLandingController.NOTICE)))
                .andReturn();

        assertEquals("gc.card.outcome.BOUND", ((CardNotice) model(result).get("notice")).getOutcomeKey());
        assertNull(model(result).get("canClaim"));
    }

    @Test
    void shouldSendAnAnonymousVisitorWhoClaimsToTheLoginPage() throws Exception {
        String code = cardService.cardCode(campaign.getId(), null);

        MvcResult result = mvc.perform(post("/card/" + code + "/claim")
                .requestAttr("customer", fixtures.anonymousVisitor())).andReturn();

        assertEquals("redirect:/login?successUrl=/card/" + code, result.getModelAndView().getViewName());
    }

    @Test
    void shouldCountAnAccountCreatedAfterOpeningTheCardAsItsRegistration() {
        String code = cardService.cardCode(campaign.getId(), null);
        Customer member = fixtures.member();
        MockHttpServletRequest request = fixtures.request("POST", "/register", member);
        CardVisit.remember(request.getSession(true), code);

        context.getBean("gcCardRegistrations", CardRegistrations.class).processRegistrationEvent(member);

        assertEquals(1, cards.steps(campaign, "REGISTER"));
        assertNull(CardVisit.card(request.getSession()));
    }

    private static Map<String, Object> model(MvcResult result) {
        return result.getModelAndView().getModel();
    }
}
