package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An own-mall checkout is a channel order like any other: inside Broadleaf's checkout transaction it lifts the
 * shopper's tier and the customer attribute offers read.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberTierFromMallCheckoutTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Test
    void shouldLiftTheShopperWithTheirOwnMallOrder() throws Exception {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        new CommissionFixtures(context).ownMallChannel();
        BroadleafFixtures fixtures = new BroadleafFixtures(context);
        Customer shopper = fixtures.registeredCustomer();
        try (AutoCloseable view = fixtures.openEntityManagerInView()) {
            fixtures.useYuanOnThisThread();
            Order cart = fixtures.payInFull(fixtures.cartWith(shopper, fixtures.product("Cashmere Coat", "1100.00"), 2));

            checkoutService.performCheckout(cart);
        }

        assertEquals(new BigDecimal("2200.00"), tiers.storedSpend(shopper));
        assertEquals("SILVER", tiers.stateTier(shopper));
        assertEquals(Arrays.asList("UPGRADE NEW->SILVER"), tiers.history(shopper));
        assertEquals("SILVER", tiers.attribute(shopper));
    }
}
