package com.guidecommerce.demo.site;

import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

/** Small helpers shared by the demo storefront's controllers. */
final class StorefrontSupport {

    private StorefrontSupport() {
    }

    static boolean hasCart(Order cart) {
        return cart != null && !(cart instanceof NullOrderImpl) && cart.getId() != null;
    }

    /** The shopper's cart, created on first use. */
    static Order cartForUpdate(OrderService orderService) {
        Order cart = CartState.getCart();
        if (!hasCart(cart)) {
            Customer customer = CustomerState.getCustomer();
            cart = orderService.createNewCartForCustomer(customer);
            CartState.setCart(cart);
        }
        return cart;
    }

    static boolean isLoggedIn() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() && !customer.isAnonymous();
    }
}
