package com.guidecommerce.site.memberday;

import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The tier price a product page shows is what Broadleaf charges: a one-product cart of a GOLD member priced by
 * Broadleaf's offer engine on the member day totals the shown price, rounding included.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberDayTierPriceTest {

    private static final LocalDate WEDNESDAY = MemberDayShopFixtures.comingWednesday();

    @Resource
    ApplicationContext context;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "gcMemberDayVariableExpression")
    MemberDayVariableExpression expression;

    private BroadleafFixtures broadleaf;
    private SiteFixtures site;
    private MemberDayShopFixtures memberDays;
    private AutoCloseable entityManagerInView;

    @BeforeEach
    void setUp() {
        broadleaf = new BroadleafFixtures(context);
        site = new SiteFixtures(context);
        memberDays = new MemberDayShopFixtures(context);
        entityManagerInView = broadleaf.openEntityManagerInView();
        broadleaf.useYuanOnThisThread();
    }

    @AfterEach
    void tearDown() throws Exception {
        memberDays.deleteAllCampaigns();
        SystemTime.resetGlobalTimeSource();
        site.endRequest();
        entityManagerInView.close();
    }

    @Test
    void shouldShowTheGoldPriceBroadleafChargesForAOneProductCart() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", null);
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");

        assertEquals("527.12", shownAndCharged(gold, "599.00"));
    }

    @Test
    void shouldRoundTheShownPriceHalfEvenAsBroadleafsOfferEngineDoes() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "10", null);
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");

        // 10 % of 10.45 is 1.045: half-even takes 1.04 off (half-up would take 1.05).
        assertEquals("9.41", shownAndCharged(gold, "10.45"));
    }

    @Test
    void shouldShowNoPerProductPriceWhenTheDiscountNeedsAMinimum() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", "99");
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        Product coat = broadleaf.product("Merino Coat", "599.00");
        MemberDayShopFixtures.clockAt(WEDNESDAY, 11, 0);
        shopping(gold);

        ProductTierPrice shown = expression.tierPrice(coat.getDefaultSku().getPrice());

        assertNull(shown.getPrice());
        assertEquals("99.00", shown.getOffer().getMinimumText());
        assertEquals("88", shown.getOffer().getZhe());
    }

    @Test
    void shouldTellAMemberShortOfTheMinimumHowMuchMoreToBuy() throws Exception {
        memberDays.wednesdays(WEDNESDAY, "12", "99");
        Customer gold = memberDays.withTier(broadleaf.registeredCustomer(), "GOLD");
        Order cart = broadleaf.cartWith(gold, broadleaf.product("Cotton Socks", "78.99"), 1);
        MemberDayShopFixtures.clockAt(WEDNESDAY, 11, 0);
        shopping(gold);

        Order priced = orderService.save(orderService.findOrderById(cart.getId()), true);
        List<CartShortfall> shortfalls = expression.shortfalls(priced);

        assertEquals(0, priced.getOrderAdjustments().size(), "Broadleaf gives no discount under the minimum");
        assertEquals(1, shortfalls.size());
        assertEquals("20.01", shortfalls.get(0).getShortByText());
        Order twoPairs = orderService.updateItemQuantity(cart.getId(), quantityTwo(priced), true);
        assertEquals(0, expression.shortfalls(twoPairs).size());
        assertEquals(1, twoPairs.getOrderAdjustments().size(), "at 157.98 the discount applies");
    }

    private static OrderItemRequestDTO quantityTwo(Order order) {
        OrderItemRequestDTO request = new OrderItemRequestDTO();
        request.setOrderItemId(order.getOrderItems().get(0).getId());
        request.setQuantity(2);
        return request;
    }

    /** The tier price the product page shows and the total Broadleaf prices for one of it; asserts they agree. */
    private String shownAndCharged(Customer member, String price) throws Exception {
        Product product = broadleaf.product("Silk Blouse " + price, price);
        Order cart = broadleaf.cartWith(member, product, 1);
        MemberDayShopFixtures.clockAt(WEDNESDAY, 15, 30);
        shopping(member);

        ProductTierPrice shown = expression.tierPrice(product.getDefaultSku().getPrice());
        Order priced = orderService.save(orderService.findOrderById(cart.getId()), true);

        BigDecimal charged = priced.getSubTotal().subtract(priced.getOrderAdjustmentsValue()).getAmount();
        assertEquals(0, shown.getPrice().compareTo(charged), "shown " + shown.getPrice() + ", charged " + charged);
        assertEquals(0, shown.getPrice().compareTo(priced.getTotal().getAmount()), "the cart total");
        return shown.getPriceText();
    }

    private void shopping(Customer member) {
        BroadleafRequestContext.getBroadleafRequestContext()
                .setRequest(site.request("GET", "/product", member));
    }
}
