package com.guidecommerce.site.common;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import javax.servlet.http.HttpServletRequest;

/** Who is shopping: Broadleaf gives every visitor a customer; only a registered, logged-in one is a member. */
public final class Shoppers {

    private Shoppers() {
    }

    /** The logged-in member making the request, or {@code null} for an anonymous visitor. */
    public static Customer loggedInMember(HttpServletRequest request) {
        Customer customer = CustomerState.getCustomer(request);
        return isMember(customer) ? customer : null;
    }

    public static boolean isMember(Customer customer) {
        return customer != null && customer.isRegistered() && !customer.isAnonymous() && customer.getId() != null;
    }
}
