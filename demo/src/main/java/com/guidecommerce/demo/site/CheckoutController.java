package com.guidecommerce.demo.site;

import com.guidecommerce.core.memberday.workflow.MemberDayCheckoutException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/** One-page checkout: delivery details, then a test payment on delivery, then Broadleaf's checkout workflow. */
@Controller
public class CheckoutController {

    private static final Log LOG = LogFactory.getLog(CheckoutController.class);

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blFulfillmentGroupService")
    protected FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "demoPaymentService")
    protected DemoPaymentService paymentService;

    @RequestMapping(value = "/checkout", method = RequestMethod.GET)
    public String checkout(Model model) {
        Order cart = CartState.getCart();
        if (!StorefrontSupport.hasCart(cart) || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        if (!model.containsAttribute("shipping")) {
            ShippingForm form = new ShippingForm();
            Customer customer = CustomerState.getCustomer();
            form.setFullName(customer.getFirstName());
            model.addAttribute("shipping", form);
        }
        model.addAttribute("cart", cart);
        return "checkout";
    }

    @RequestMapping(value = "/checkout", method = RequestMethod.POST)
    public String placeOrder(@ModelAttribute("shipping") ShippingForm shipping, Model model) {
        Order cart = CartState.getCart();
        if (!StorefrontSupport.hasCart(cart) || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        Map<String, String> errors = shipping.validate();
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("cart", cart);
            return "checkout";
        }
        try {
            shipTo(cart, shipping);
            cart = orderService.save(cart, true);
            paymentService.payOnDelivery(cart);
            cart = orderService.save(cart, false);
            Order submitted = checkoutService.performCheckout(cart).getOrder();
            return "redirect:/confirmation/" + submitted.getOrderNumber();
        } catch (PricingException | CheckoutException e) {
            MemberDayCheckoutException memberDay = MemberDayCheckoutException.findIn(e);
            if (memberDay == null) {
                LOG.error("Checkout of cart " + cart.getId() + " failed", e);
            }
            // A member-day price that no longer holds has been taken off the cart; say why.
            model.addAttribute("checkoutError", memberDay == null ? "checkout.error.failed" : memberDay.getMessageKey());
            model.addAttribute("cart", CartState.getCart());
            return "checkout";
        }
    }

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model,
                               HttpServletResponse response) {
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer customer = CustomerState.getCustomer();
        if (order == null || customer == null || !order.getCustomer().getId().equals(customer.getId())) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "notFound";
        }
        model.addAttribute("order", order);
        return "confirmation";
    }

    private void shipTo(Order cart, ShippingForm shipping) {
        Address address = addressService.create();
        address.setFirstName(shipping.getFullName().trim());
        address.setLastName("");
        address.setPrimaryPhone(shipping.getPhone().trim());
        address.setCity(shipping.getCity().trim());
        address.setAddressLine1(shipping.getAddress().trim());
        String postalCode = shipping.getPostalCode() == null ? "" : shipping.getPostalCode().trim();
        address.setPostalCode(postalCode.isEmpty() ? "000000" : postalCode);
        address.setCountry(countryService.findCountryByAbbreviation("CN"));
        for (FulfillmentGroup group : cart.getFulfillmentGroups()) {
            group.setAddress(address);
        }
    }
}
