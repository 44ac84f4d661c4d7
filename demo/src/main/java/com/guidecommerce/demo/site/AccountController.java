package com.guidecommerce.demo.site;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import javax.annotation.Resource;

/** The shopper's account page: profile and order history. */
@Controller
public class AccountController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(value = "/account", method = RequestMethod.GET)
    public String account(Model model) {
        Customer customer = CustomerState.getCustomer();
        List<Order> orders = new ArrayList<Order>(orderService.findOrdersForCustomer(customer, OrderStatus.SUBMITTED));
        Collections.sort(orders, new Comparator<Order>() {
            @Override
            public int compare(Order a, Order b) {
                return date(b).compareTo(date(a));
            }
        });
        model.addAttribute("customer", customer);
        model.addAttribute("orders", orders);
        return "account";
    }

    private static Date date(Order order) {
        return order.getSubmitDate() == null ? new Date(0) : order.getSubmitDate();
    }
}
