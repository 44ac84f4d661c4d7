package com.guidecommerce.site.memberday;

import com.guidecommerce.core.memberday.service.MemberDayService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.dialect.SpringStandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The member-day fragments (webTemplates/gc/memberDay.html) rendered by Thymeleaf with Broadleaf's template
 * expressions, in Chinese and English, for a 金卡 member and for a guest, with the JVM in UTC and the mall in Shanghai.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberDayFragmentsTest {

    private static final LocalDate WEDNESDAY = MemberDayShopFixtures.comingWednesday();

    @Resource
    ApplicationContext context;

    @Resource(name = "blOrderService")
    OrderService orderService;

    private BroadleafFixtures broadleaf;
    private SiteFixtures site;
    private MemberDayShopFixtures memberDays;
    private AutoCloseable entityManagerInView;
    private SpringTemplateEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        broadleaf = new BroadleafFixtures(context);
        site = new SiteFixtures(context);
        memberDays = new MemberDayShopFixtures(context);
        entityManagerInView = broadleaf.openEntityManagerInView();
        broadleaf.useYuanOnThisThread();
        engine = templateEngine();
    }

    @AfterEach
    void tearDown() throws Exception {
        memberDays.deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
        site.endRequest();
        entityManagerInView.close();
    }

    @Test
    void shouldShowAGoldMemberTheMemberDayWithCountdownAndTierPriceInChinese() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", null);
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        Product coat = broadleaf.product("Wool Coat", "599.00");
        MemberDayShopFixtures.clockAt(WEDNESDAY, 15, 30);

        String page = render(gold, Locale.SIMPLIFIED_CHINESE, coat, null);

        assertContains(page, "\u5468\u4e09\u4f1a\u5458\u65e5\u8fdb\u884c\u4e2d");
        assertContains(page, "\u91d1\u5361\u4f1a\u5458\u4eca\u65e5 88 \u6298");
        assertContains(page, "data-end=\"" + endOfWednesdayMillis() + "\"");
        assertContains(page, ">08:30:00<");
        assertContains(page, "\u8ddd\u7ed3\u675f\u8fd8\u6709");
        assertContains(page, "Asia/Shanghai");
        assertContains(page, "\u4f1a\u5458\u65e5\u91d1\u5361\u4ef7");
        assertContains(page, "\u00a5527.12");
        assertFalse(page.contains("gc-member-day-login"), "a member is logged in");
    }

    @Test
    void shouldShowAGoldMemberTheMemberDayWithCountdownAndTierPriceInEnglish() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", null);
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        Product coat = broadleaf.product("Wool Coat", "599.00");
        MemberDayShopFixtures.clockAt(WEDNESDAY, 0, 0);

        String page = render(gold, Locale.US, coat, null);

        assertContains(page, "\u5468\u4e09\u4f1a\u5458\u65e5 is on");
        assertContains(page, "Gold members: 12% off today");
        assertContains(page, "Ends in");
        assertContains(page, ">24:00:00<");
        assertContains(page, "data-ended=\"This member day has ended.\"");
        assertContains(page, "Times in ");
        assertContains(page, "Member day Gold price");
        assertContains(page, "\u00a5527.12");
    }

    @Test
    void shouldShowAGuestTheBestDiscountAndAskThemToLogInInChinese() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", null);
        Product coat = broadleaf.product("Wool Coat", "599.00");
        MemberDayShopFixtures.clockAt(WEDNESDAY, 9, 0);

        String page = render(site.anonymousVisitor(), Locale.SIMPLIFIED_CHINESE, coat, null);

        assertContains(page, "\u91d1\u5361\u4f1a\u5458\u4eca\u65e5 88 \u6298");
        assertContains(page, "\u767b\u5f55\u67e5\u770b\u60a8\u7684\u4f1a\u5458\u4ef7");
        assertContains(page, "href=\"/login\"");
        assertFalse(page.contains("gc-tier-price"), "no tier price for a guest");
    }

    @Test
    void shouldShowAGuestTheBestDiscountAndAskThemToLogInInEnglish() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", null);
        MemberDayShopFixtures.clockAt(WEDNESDAY, 9, 0);

        String page = render(site.anonymousVisitor(), Locale.US, null, null);

        assertContains(page, "Gold members: 12% off today");
        assertContains(page, "Log in to see your price");
    }

    @Test
    void shouldAnnounceTheNextMemberDayInTheMallsCalendar() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", null);
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        Product coat = broadleaf.product("Wool Coat", "599.00");
        // Sunday 20:30 in Shanghai is Sunday 12:30 UTC: 2 days 3 hours 30 minutes before Wednesday starts there.
        MemberDayShopFixtures.clockAt(WEDNESDAY.minusDays(3), 20, 30);

        String chinese = render(gold, Locale.SIMPLIFIED_CHINESE, coat, null);
        String english = render(gold, Locale.US, coat, null);

        String zhDay = "\u5468\u4e09 " + WEDNESDAY.getMonthValue() + "\u6708" + WEDNESDAY.getDayOfMonth() + "\u65e5";
        assertContains(chinese, "\u4e0b\u4e00\u4e2a\u4f1a\u5458\u65e5\uff1a" + zhDay + "\uff0c\u8fd8\u6709 2 \u5929 3 \u5c0f\u65f6");
        assertContains(chinese, "\u4e0b\u4e2a\u4f1a\u5458\u65e5\uff08" + zhDay + "\uff09\u91d1\u5361\u4ef7");
        assertContains(chinese, "\u00a5527.12");
        assertFalse(chinese.contains("gc-member-day-countdown"), "no countdown before the day");
        String enDay = "Wed " + WEDNESDAY.getDayOfMonth() + " "
                + WEDNESDAY.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
        assertContains(english, "Next member day: " + enDay + ", in 2 d 3 h");
        assertContains(english, "Gold members: 12% off");
    }

    @Test
    void shouldDescribeADiscountWithAMinimumAndTellTheCartWhatItLacks() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", "99");
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        Product socks = broadleaf.product("Cashmere Socks", "78.99");
        Order cart = broadleaf.cartWith(gold, socks, 1);
        MemberDayShopFixtures.clockAt(WEDNESDAY, 11, 0);
        Order priced = orderService.save(orderService.findOrderById(cart.getId()), true);

        String chinese = render(gold, Locale.SIMPLIFIED_CHINESE, socks, priced);
        String english = render(gold, Locale.US, socks, priced);

        assertContains(chinese, "\u6ee1 \u00a599.00 \u53ef\u7528");
        assertContains(chinese, "\u6574\u5355 88 \u6298");
        assertContains(chinese, "\u8ba2\u5355\u6ee1 \u00a599.00");
        assertFalse(chinese.contains("gc-tier-price-amount"), "no per-product price under a minimum");
        assertContains(chinese, "\u518d\u4e70 \u00a520.01 \u53ef\u4eab\u4f1a\u5458\u65e5 88 \u6298");
        assertContains(english, "Add \u00a520.01 more to get 12% off today, member day");
        assertContains(english, "on orders from \u00a599.00");
    }

    @Test
    void shouldOfferTheGoldMemberTheirCouponAndShowItsCodeOnceClaimed() throws Exception {
        Long campaignId = memberDays.wednesdaysWithGoldCoupon(WEDNESDAY, "12");
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        Customer silver = memberDays.withTier(broadleaf.registeredCustomer(), "SILVER");
        MemberDayShopFixtures.clockAt(WEDNESDAY, 10, 0);

        String before = render(gold, Locale.SIMPLIFIED_CHINESE, null, null);
        String english = render(gold, Locale.US, null, null);
        String silverPage = render(silver, Locale.SIMPLIFIED_CHINESE, null, null);
        String code = context.getBean("gcMemberDayService", MemberDayService.class)
                .claimCoupon(gold.getId(), campaignId, SystemTime.asDate()).getClaim().getCode();
        String after = render(gold, Locale.SIMPLIFIED_CHINESE, null, null);

        assertContains(before, "action=\"/member-day/coupon\"");
        assertContains(before, "name=\"campaignId\" value=\"" + campaignId + "\"");
        assertContains(before, "name=\"backTo\" value=\"/product\"");
        assertContains(before, "\u9886\u53d6\u4f1a\u5458\u65e5\u5238");
        assertContains(english, "Claim your member-day coupon");
        assertFalse(silverPage.contains("gc-member-day-claim"), "no coupon for SILVER");
        assertFalse(after.contains("gc-member-day-claim"), "claimed already");
        assertContains(after, ">" + code + "<");
        assertContains(after, "\u5df2\u9886\u53d6\uff0c\u7ed3\u7b97\u65f6\u81ea\u52a8\u4f7f\u7528");
    }

    @Test
    void shouldShowNothingWithoutAMemberDayWithinSevenDays() throws Exception {
        String page = render(site.anonymousVisitor(), Locale.SIMPLIFIED_CHINESE, null, null);

        assertFalse(page.contains("gc-member-day"), page);
    }

    private static long endOfWednesdayMillis() {
        Instant end = WEDNESDAY.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(MemberDayShopFixtures.SHANGHAI).toInstant();
        return end.toEpochMilli();
    }

    private String render(Customer shopper, Locale locale, Product product, Order cart) {
        MockHttpServletRequest request = site.request("GET", "/product", shopper);
        request.addPreferredLocale(locale);
        BroadleafRequestContext requestContext = BroadleafRequestContext.getBroadleafRequestContext();
        requestContext.setRequest(request);
        org.broadleafcommerce.common.locale.domain.Locale broadleafLocale =
                mock(org.broadleafcommerce.common.locale.domain.Locale.class);
        when(broadleafLocale.getLocaleCode()).thenReturn(locale.toString());
        requestContext.setLocale(broadleafLocale);
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("sku", product == null ? null : product.getDefaultSku());
        variables.put("shopCart", cart);
        MockServletContext servletContext = new MockServletContext();
        return engine.process("gctest/memberDayPage",
                new WebContext(request, new MockHttpServletResponse(), servletContext, locale, variables));
    }

    private SpringTemplateEngine templateEngine() throws Exception {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        SpringStandardDialect dialect = new SpringStandardDialect();
        // Broadleaf's evaluator adds every blVariableExpressions entry (#gcMemberDay among them), as in the shop.
        dialect.setVariableExpressionEvaluator(context.getBean("blVariableExpressionEvaluator",
                IStandardVariableExpressionEvaluator.class));
        SpringTemplateEngine templateEngine = new SpringTemplateEngine();
        templateEngine.setDialect(dialect);
        templateEngine.setTemplateResolver(resolver);
        MessageSource messages = context.getBean("messageSource", MessageSource.class);
        templateEngine.setMessageSource(messages);
        templateEngine.setTemplateEngineMessageSource(messages);
        templateEngine.afterPropertiesSet();
        return templateEngine;
    }

    private static void assertContains(String page, String text) {
        assertTrue(page.contains(text), () -> "expected \"" + text + "\" in:\n" + page);
    }
}
