package com.guidecommerce.site.points;

import com.guidecommerce.core.points.service.PointsService;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.math.BigDecimal;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cart's points control and the #gcPoints expression, over the real services, as a logged-in member. */
@ExtendWith(BroadleafContextExtension.class)
class PointsStorefrontTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPointsService")
    PointsService pointsService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    SiteFixtures site;
    BroadleafFixtures broadleaf;
    AutoCloseable entityManagerInView;
    Customer member;
    Order cart;
    MockHttpServletRequest request;

    @BeforeEach
    void setUp() throws Exception {
        site = new SiteFixtures(context);
        broadleaf = new BroadleafFixtures(context);
        entityManagerInView = broadleaf.openEntityManagerInView();
        broadleaf.useYuanOnThisThread();
        member = site.member();
        pointsService.adjust(member.getId(), 1000L, "welcome gift", "hq-admin");
        cart = broadleaf.cartWith(member, broadleaf.product("Storefront Shirt", "100.00"), 1);
        request = site.request("POST", "/gc/points/use", member);
        request.setAttribute("cart", cart);
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        BroadleafRequestContext.getBroadleafRequestContext().setRequest(request);
    }

    @AfterEach
    void tearDown() throws Exception {
        site.endRequest();
        entityManagerInView.close();
    }

    @Test
    void shouldPutTheChosenPointsOnTheCartAndShowWhatTheyPayAndWhatTheCartEarns() throws Exception {
        PointsVariableExpression points = site.wired(new PointsVariableExpression());

        String next = site.wired(new PointsController()).use("500", request);

        Order saved = orderService.findOrderById(cart.getId());
        assertEquals("redirect:/cart", next);
        assertEquals(500L, points.usedOn(saved));
        assertEquals(0, new BigDecimal("5.00").compareTo(points.paidBy(saved)));
        assertEquals(1000L, points.balance().getAvailable(), "points are taken at checkout, not in the cart");
        assertEquals(100L, points.earnFor(saved));
        assertEquals(1000L, points.maxFor(saved), "at most what the member has, within half of the order");
    }

    @Test
    void shouldSayWhyPointsAreRefused() throws Exception {
        site.wired(new PointsController()).use("99999", request);

        assertEquals("gcPoints.error.NOT_ENOUGH_POINTS",
                RequestContextUtils.getOutputFlashMap(request).get(PointsController.ERROR));
        assertEquals(0L, site.wired(new PointsVariableExpression()).usedOn(orderService.findOrderById(cart.getId())));
    }
}
