package com.guidecommerce.demo.site;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.channel.service.PaidOrder;
import com.guidecommerce.site.common.StoreDates;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * The shopper's account page (profile, exclusive guide, order history) and the page of one of their orders. Order
 * times are the mall's own orders' times, so they are shown in HQ's zone ({@code gc.default.timezone}), named on the
 * page. Where each order stands (paid, completed, refunded) is its own-mall channel order's, asked of the channel
 * feature.
 */
@Controller
public class AccountController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "gcChannelOrderService")
    protected ChannelOrderService channelOrderService;

    @Resource(name = "gcDefaultTimeZone")
    protected String defaultTimeZone;

    @RequestMapping(value = "/account", method = RequestMethod.GET)
    public String account(Model model, Locale locale) {
        Customer customer = CustomerState.getCustomer();
        List<Order> orders = new ArrayList<Order>(orderService.findOrdersForCustomer(customer, OrderStatus.SUBMITTED));
        Collections.sort(orders, new Comparator<Order>() {
            @Override
            public int compare(Order a, Order b) {
                return date(b).compareTo(date(a));
            }
        });
        ZoneId zone = zone();
        Map<String, PaidOrder> inChannel = channelOrders(customer, orders);
        List<OrderSummary> summaries = new ArrayList<OrderSummary>();
        for (Order order : orders) {
            summaries.add(OrderSummary.of(order, inChannel.get(order.getOrderNumber()), zone));
        }
        model.addAttribute("customer", customer);
        model.addAttribute("orders", summaries);
        model.addAttribute("zoneName", StoreDates.zoneName(zone, locale, SystemTime.asDate()));
        return "account";
    }

    @RequestMapping(value = "/account/orders/{orderNumber}", method = RequestMethod.GET)
    public String order(@PathVariable("orderNumber") String orderNumber, Model model, Locale locale,
                        HttpServletResponse response) {
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        if (!OrderSummary.belongsTo(order, CustomerState.getCustomer())) {
            // Someone else's order is answered like an order that does not exist: its number tells nothing.
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "notFound";
        }
        ZoneId zone = zone();
        PaidOrder inChannel = channelOrders(order.getCustomer(), Collections.singletonList(order))
                .get(order.getOrderNumber());
        model.addAttribute("order", OrderSummary.of(order, inChannel, zone));
        model.addAttribute("address", address(order));
        model.addAttribute("zoneName", StoreDates.zoneName(zone, locale, order.getSubmitDate()));
        return "order";
    }

    /** The own-mall channel orders of these orders of the shopper, by order number. */
    private Map<String, PaidOrder> channelOrders(Customer customer, List<Order> orders) {
        List<String> numbers = new ArrayList<String>();
        for (Order order : orders) {
            if (order.getOrderNumber() != null) {
                numbers.add(order.getOrderNumber());
            }
        }
        return channelOrderService.findMemberOrders(customer.getId(), Channel.OWN_MALL, numbers);
    }

    private ZoneId zone() {
        return ZoneId.of(defaultTimeZone);
    }

    private static Address address(Order order) {
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            if (group.getAddress() != null) {
                return group.getAddress();
            }
        }
        return null;
    }

    private static Date date(Order order) {
        return order.getSubmitDate() == null ? new Date(0) : order.getSubmitDate();
    }
}
