package com.guidecommerce.site.share;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.site.common.UnavailablePage;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A product's share page and QR code, for guides and active distributors only. */
@ExtendWith(BroadleafContextExtension.class)
class ProductShareControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    private SiteFixtures fixtures;
    private MockMvc mvc;
    private AutoCloseable entityManagerInView;
    private Product dress;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new ProductShareController())).build();
        entityManagerInView = fixtures.openEntityManagerInView();
        BroadleafFixtures broadleaf = new BroadleafFixtures(context);
        broadleaf.useYuanOnThisThread();
        dress = broadleaf.product("Share Dress " + SiteFixtures.uniqueCode(), "199.00");
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    @Test
    void shouldGiveADistributorTheProductLinkWithTheirSignedCodeAndItsQrCode() throws Exception {
        Customer member = fixtures.member();
        Distributor distributor = distributor(fixtures.activeGuide(), member);

        MvcResult page = mvc.perform(get("/share/product/" + dress.getId()).requestAttr("customer", member))
                .andReturn();

        assertEquals(ProductShareController.VIEW, page.getModelAndView().getViewName());
        String link = (String) model(page).get("shareLink");
        String code = link.substring(link.indexOf("?gc=") + 4);
        assertTrue(link.contains(dress.getUrl() + "?gc="), link);
        assertEquals(distributor.getCode(), shareCodes.verify(code));
        MvcResult qr = mvc.perform(get("/share/product/" + dress.getId() + "/qr.png").requestAttr("customer", member))
                .andReturn();
        assertEquals(200, qr.getResponse().getStatus());
        assertEquals("image/png", qr.getResponse().getContentType());
    }

    @Test
    void shouldGiveAGuideTheirOwnCodeInTheLink() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);

        MvcResult page = mvc.perform(get("/share/product/" + dress.getId()).requestAttr("customer", account))
                .andReturn();

        String link = (String) model(page).get("shareLink");
        assertEquals(guide.getGuideCode(), shareCodes.verify(link.substring(link.indexOf("?gc=") + 4)));
    }

    @Test
    void shouldRefuseAMemberWhoIsNeitherGuideNorActiveDistributor() throws Exception {
        Customer suspendedMember = fixtures.member();
        Distributor suspended = distributor(fixtures.activeGuide(), suspendedMember);
        distributionService.suspend(suspended.getId(), "hq", "Complaint under review");

        MvcResult plain = mvc.perform(get("/share/product/" + dress.getId())
                .requestAttr("customer", fixtures.member())).andReturn();
        MvcResult ofSuspended = mvc.perform(get("/share/product/" + dress.getId())
                .requestAttr("customer", suspendedMember)).andReturn();
        MvcResult qr = mvc.perform(get("/share/product/" + dress.getId() + "/qr.png")
                .requestAttr("customer", suspendedMember)).andReturn();

        assertEquals(403, plain.getResponse().getStatus());
        assertEquals(UnavailablePage.VIEW, plain.getModelAndView().getViewName());
        assertEquals(ProductShareController.NOT_SHARER + ".title", model(plain).get("titleKey"));
        assertEquals(403, ofSuspended.getResponse().getStatus());
        assertEquals(404, qr.getResponse().getStatus());
    }

    @Test
    void shouldSendAVisitorToLogInAndAnswerAnUnknownProductWithNotFound() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, account);

        MvcResult visitor = mvc.perform(get("/share/product/" + dress.getId())
                .requestAttr("customer", fixtures.anonymousVisitor())).andReturn();
        MvcResult unknown = mvc.perform(get("/share/product/987654321").requestAttr("customer", account)).andReturn();

        assertEquals("redirect:/login?successUrl=/share/product/" + dress.getId(),
                visitor.getModelAndView().getViewName());
        assertEquals(404, unknown.getResponse().getStatus());
        assertEquals(ProductShareController.UNAVAILABLE + ".title", model(unknown).get("titleKey"));
    }

    private Distributor distributor(Guide recruiter, Customer member) {
        return distributionService.accept(distributionService.invite(recruiter).getToken(), member).getDistributor();
    }

    private static Map<String, Object> model(MvcResult result) {
        return result.getModelAndView().getModel();
    }
}
