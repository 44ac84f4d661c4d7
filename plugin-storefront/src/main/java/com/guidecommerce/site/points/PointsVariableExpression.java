package com.guidecommerce.site.points;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.points.dao.PointsHistoryLine;
import com.guidecommerce.core.points.service.PointsBalance;
import com.guidecommerce.core.points.service.PointsService;
import com.guidecommerce.core.points.workflow.PointsCheckout;
import com.guidecommerce.site.common.Shoppers;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The logged-in member's points for any storefront template, as {@code #gcPoints}: {@code balance()},
 * {@code history(n)}, and for a cart {@code earnFor(cart)} (points its merchandise would earn now),
 * {@code usedOn(cart)}, {@code paidBy(cart)}, {@code remainingFor(cart)} and {@code maxFor(cart)}. Anonymous visitors get zeros and empty
 * lists. Bean {@code gcPointsVariableExpression}, added to Broadleaf's {@code blVariableExpressions}.
 */
public class PointsVariableExpression implements BroadleafVariableExpression {

    private static final String BALANCE_ATTRIBUTE = "gcPoints.balance";

    @Resource(name = "gcPointsService")
    protected PointsService pointsService;

    @Resource(name = "gcPointsCheckout")
    protected PointsCheckout pointsCheckout;

    @Override
    public String getName() {
        return "gcPoints";
    }

    /** The member's balance, read once per request; {@code null} for anonymous visitors. */
    public PointsBalance balance() {
        Customer member = member();
        if (member == null) {
            return null;
        }
        HttpServletRequest request = request();
        Object cached = request.getAttribute(BALANCE_ATTRIBUTE);
        if (cached == null) {
            cached = pointsService.balanceOf(member.getId());
            request.setAttribute(BALANCE_ATTRIBUTE, cached);
        }
        return (PointsBalance) cached;
    }

    public List<PointsHistoryLine> history(int limit) {
        Customer member = member();
        return member == null ? Collections.<PointsHistoryLine>emptyList() : pointsService.history(member.getId(), limit);
    }

    /** Points the cart's merchandise (after discounts, before shipping) would earn if paid now, multiplier included. */
    public long earnFor(Order cart) {
        Customer member = member();
        if (member == null || cart == null || cart.getSubTotal() == null) {
            return 0L;
        }
        BigDecimal merchandise = cart.getSubTotal().getAmount().subtract(amount(cart.getOrderAdjustmentsValue()));
        return pointsService.pointsFor(merchandise, member.getId(), Channel.OWN_MALL, null, SystemTime.asDate());
    }

    public long usedOn(Order cart) {
        return cart == null ? 0L : pointsCheckout.pointsOn(cart);
    }

    public BigDecimal paidBy(Order cart) {
        return cart == null ? BigDecimal.ZERO : pointsCheckout.paidByPoints(cart);
    }

    /** What the cart's other payments must cover: its total less what its points pay. */
    public BigDecimal remainingFor(Order cart) {
        return cart == null ? BigDecimal.ZERO : pointsCheckout.remainingToPay(cart).getAmount();
    }

    /** The most points the member may use on the cart. */
    public long maxFor(Order cart) {
        PointsBalance balance = balance();
        if (cart == null || balance == null || cart.getTotal() == null) {
            return 0L;
        }
        long share = pointsService.getTerms().maxPointsFor(cart.getTotal().getAmount());
        return Math.max(0L, Math.min(balance.getAvailable(), share));
    }

    public BigDecimal yuanFor(long points) {
        return pointsService.getTerms().yuanFor(points);
    }

    private Customer member() {
        HttpServletRequest request = request();
        Customer customer = request == null ? null : CustomerState.getCustomer(request);
        return Shoppers.isMember(customer) ? customer : null;
    }

    private static HttpServletRequest request() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return context == null ? null : context.getRequest();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }
}
