package com.guidecommerce.site.points;

import com.guidecommerce.core.points.service.PointsService;
import com.guidecommerce.core.points.workflow.PointsCheckout;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.IProcessingContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionEnhancingDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The points fragments rendered as the demo includes them, with the real #gcPoints and the site's messages, for a
 * member with points, a pending earning's worth of history and a cart using some of them.
 */
@ExtendWith(BroadleafContextExtension.class)
class PointsTemplateTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPointsService")
    PointsService pointsService;

    @Resource(name = "gcPointsCheckout")
    PointsCheckout pointsCheckout;

    @Resource(name = "blOrderService")
    OrderService orderService;

    SiteFixtures site;
    AutoCloseable entityManagerInView;
    MockHttpServletRequest request;
    Order cart;

    @BeforeEach
    void setUp() throws Exception {
        site = new SiteFixtures(context);
        BroadleafFixtures broadleaf = new BroadleafFixtures(context);
        entityManagerInView = broadleaf.openEntityManagerInView();
        broadleaf.useYuanOnThisThread();
        Customer member = site.member();
        pointsService.adjust(member.getId(), 800L, "birthday gift", "hq-admin");
        cart = broadleaf.cartWith(member, broadleaf.product("Template Coat", "300.00"), 1);
        pointsCheckout.usePoints(cart, 200L);
        cart = orderService.save(cart, false);
        request = site.request("GET", "/cart", member);
        BroadleafRequestContext.getBroadleafRequestContext().setRequest(request);
    }

    @AfterEach
    void tearDown() throws Exception {
        site.endRequest();
        entityManagerInView.close();
    }

    @Test
    void shouldShowTheMembersPointsAndTheCartsPointsInEnglish() {
        String page = render(Locale.ENGLISH);

        assertTrue(page.contains("id=\"gc-points-available\">800<"), page);
        assertTrue(page.contains("birthday gift"), page);
        assertTrue(page.contains("You will earn 300 points with this order"), page);
        assertTrue(page.contains("Using 200 points: -\u00a52.00"), page);
        assertTrue(page.contains("id=\"gc-checkout-to-pay\">\u00a5298.00<"), page);
        assertFalse(page.contains("??"), page);
    }

    @Test
    void shouldShowThemInChinese() {
        String page = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(page.contains("\u6211\u7684\u79ef\u5206"), page);
        assertTrue(page.contains("\u672c\u5355\u53ef\u83b7\u5f97 300 \u79ef\u5206"), page);
        assertFalse(page.contains("??"), page);
    }

    private String render(Locale locale) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("XML");
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/GuideCommerceSiteMessages");
        engine.setMessageSource(messages);
        engine.addDialect(new PointsExpressionDialect(site.wired(new PointsVariableExpression())));
        // Spring calls this on a declared engine; it hands the message source to the engine's message resolver.
        try {
            engine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WebContext page = new WebContext(request, new MockHttpServletResponse(), new MockServletContext(), locale,
                Collections.<String, Object>singletonMap("cart", cart));
        return engine.process("gc-test/pointsPage", page);
    }

    /** Offers #gcPoints as Broadleaf's dialect offers its variable expressions on the site. */
    private static final class PointsExpressionDialect extends AbstractDialect implements IExpressionEnhancingDialect {

        private final PointsVariableExpression expression;

        PointsExpressionDialect(PointsVariableExpression expression) {
            this.expression = expression;
        }

        @Override
        public String getPrefix() {
            return "gcpointstest";
        }

        @Override
        public Map<String, Object> getAdditionalExpressionObjects(IProcessingContext processingContext) {
            return Collections.<String, Object>singletonMap(expression.getName(), expression);
        }
    }
}
