package com.guidecommerce.site.memberday;

import com.guidecommerce.core.memberday.service.MemberDayService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.LocalDate;
import java.util.Locale;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** POST /member-day/coupon: a member claims their tier's member-day coupon from the banner and goes back. */
@ExtendWith(BroadleafContextExtension.class)
class MemberDayCouponControllerTest {

    private static final LocalDate WEDNESDAY = MemberDayShopFixtures.comingWednesday();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcMemberDayService")
    MemberDayService memberDayService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    private BroadleafFixtures broadleaf;
    private SiteFixtures site;
    private MemberDayShopFixtures memberDays;
    private MockMvc mvc;
    private Long campaignId;

    @BeforeEach
    void setUp() {
        broadleaf = new BroadleafFixtures(context);
        site = new SiteFixtures(context);
        memberDays = new MemberDayShopFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(site.wired(new MemberDayCouponController())).build();
        campaignId = memberDays.wednesdaysWithGoldCoupon(WEDNESDAY, "12");
    }

    @AfterEach
    void tearDown() {
        memberDays.deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
        BroadleafRequestContext.setBroadleafRequestContext(null);
        site.endRequest();
    }

    private MvcResult claim(Customer shopper, Locale locale, String backTo) throws Exception {
        return mvc.perform(post(MemberDayCouponController.PATH).requestAttr("customer", shopper).locale(locale)
                .param(MemberDayCouponController.CAMPAIGN, String.valueOf(campaignId))
                .param(MemberDayCouponController.BACK, backTo)).andReturn();
    }

    @Test
    void shouldIssueTheGoldMembersCouponAndGoBackToThePage() throws Exception {
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        MemberDayShopFixtures.clockAt(WEDNESDAY, 14, 0);

        MvcResult first = claim(gold, Locale.SIMPLIFIED_CHINESE, "/product/wool-coat");
        MvcResult again = claim(gold, Locale.SIMPLIFIED_CHINESE, "/product/wool-coat");

        assertEquals("redirect:/product/wool-coat", first.getModelAndView().getViewName());
        String code = (String) first.getFlashMap().get(MemberDayCouponController.CLAIMED);
        assertTrue(code.startsWith("MD"), code);
        assertEquals(code, memberDayService.couponOf(gold.getId(), campaignId, SystemTime.asDate()).getCode());
        assertEquals(code, again.getFlashMap().get(MemberDayCouponController.CLAIMED), "the same code again");
        assertNull(first.getFlashMap().get(MemberDayCouponController.ERROR));
        assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_COUPON"
                + " WHERE CUSTOMER_ID = ?", Integer.class, gold.getId()));
    }

    @Test
    void shouldTellATierWithoutCouponAndADayAfterWhyInTheMembersLanguage() throws Exception {
        Customer silver = memberDays.withTier(broadleaf.registeredCustomer(), "SILVER");
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        MemberDayShopFixtures.clockAt(WEDNESDAY, 14, 0);
        MvcResult noCoupon = claim(silver, Locale.ENGLISH, "/");
        MemberDayShopFixtures.clockAt(WEDNESDAY.plusDays(1), 0, 5);
        MvcResult dayAfter = claim(gold, Locale.SIMPLIFIED_CHINESE, "/cart");

        assertEquals("There is no member-day coupon for your member tier today.",
                noCoupon.getFlashMap().get(MemberDayCouponController.ERROR));
        assertEquals("\u4f1a\u5458\u65e5\u5238\u4ec5\u53ef\u5728\u4f1a\u5458\u65e5\u5f53\u5929\u9886\u53d6\u3002",
                dayAfter.getFlashMap().get(MemberDayCouponController.ERROR));
        assertEquals("redirect:/cart", dayAfter.getModelAndView().getViewName());
        assertEquals(Integer.valueOf(0), jdbc.queryForObject("SELECT COUNT(*) FROM GC_MEMBER_DAY_COUPON"
                + " WHERE CUSTOMER_ID IN (?, ?)", Integer.class, silver.getId(), gold.getId()));
    }

    @Test
    void shouldSendAVisitorToLogInFirstAndNeverRedirectOffTheSite() throws Exception {
        MemberDayShopFixtures.clockAt(WEDNESDAY, 14, 0);

        MvcResult visitor = claim(site.anonymousVisitor(), Locale.ENGLISH, "/product/wool-coat");
        MvcResult offSite = claim(memberDays.withTier(broadleaf.registeredCustomer(), "GOLD"), Locale.ENGLISH,
                "//evil.example/phish");

        assertEquals("redirect:/login?successUrl=/product/wool-coat", visitor.getModelAndView().getViewName());
        assertEquals("redirect:/", offSite.getModelAndView().getViewName());
        assertEquals("/", MemberDayCouponController.backPath("https://evil.example/", ""));
        assertEquals("/cart", MemberDayCouponController.backPath("/shop/cart", "/shop"));
    }
}
