package com.guidecommerce.site.points;

import com.guidecommerce.core.points.rule.PointsException;
import com.guidecommerce.core.points.workflow.PointsCheckout;
import com.guidecommerce.site.common.Shoppers;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * POST /gc/points/use: the member chooses how many points the cart uses (zero for none); the points become a
 * GC_POINTS payment of the cart and are taken at checkout. Back to the cart, with the reason when refused.
 */
@Controller
public class PointsController {

    /** Flash attribute: the message key of why the points were refused. */
    public static final String ERROR = "gcPointsError";

    private static final Log LOG = LogFactory.getLog(PointsController.class);

    @Resource(name = "gcPointsCheckout")
    protected PointsCheckout pointsCheckout;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(value = "/gc/points/use", method = RequestMethod.POST)
    public String use(@RequestParam(value = "points", required = false) String points, HttpServletRequest request)
            throws PricingException {
        Order cart = CartState.getCart();
        if (Shoppers.loggedInMember(request) == null || cart == null || cart.getId() == null) {
            return "redirect:/cart";
        }
        long chosen;
        try {
            chosen = points == null || points.trim().isEmpty() ? 0L : Long.parseLong(points.trim());
            pointsCheckout.usePoints(cart, chosen);
            orderService.save(cart, false);
        } catch (NumberFormatException e) {
            RequestContextUtils.getOutputFlashMap(request).put(ERROR, "gcPoints.error.POINTS_NOT_POSITIVE");
        } catch (PointsException e) {
            LOG.info("Points for cart " + cart.getId() + " refused: " + e.getMessage());
            RequestContextUtils.getOutputFlashMap(request).put(ERROR, e.getMessageKey());
        }
        return "redirect:/cart";
    }
}
