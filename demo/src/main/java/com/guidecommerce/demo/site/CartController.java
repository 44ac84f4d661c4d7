package com.guidecommerce.demo.site;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

@Controller
public class CartController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(value = "/cart", method = RequestMethod.GET)
    public String cart(Model model) {
        Order cart = CartState.getCart();
        model.addAttribute("cart", StorefrontSupport.hasCart(cart) ? cart : null);
        return "cart";
    }

    @RequestMapping(value = "/cart/add", method = RequestMethod.POST)
    public String add(@RequestParam("productId") Long productId,
                      @RequestParam(value = "quantity", defaultValue = "1") int quantity,
                      RedirectAttributes redirect) {
        if (quantity < 1 || quantity > 99) {
            redirect.addFlashAttribute("cartError", "cart.error.quantity");
            return "redirect:/product/" + productId;
        }
        Order cart = StorefrontSupport.cartForUpdate(orderService);
        try {
            cart = orderService.addItem(cart.getId(), new OrderItemRequestDTO(productId, quantity), true);
            CartState.setCart(cart);
        } catch (AddToCartException e) {
            redirect.addFlashAttribute("cartError", "cart.error.add");
            return "redirect:/product/" + productId;
        }
        redirect.addFlashAttribute("cartMessage", "cart.added");
        return "redirect:/cart";
    }

    @RequestMapping(value = "/cart/update", method = RequestMethod.POST)
    public String update(@RequestParam("orderItemId") Long orderItemId, @RequestParam("quantity") int quantity,
                         RedirectAttributes redirect) {
        Order cart = CartState.getCart();
        if (!StorefrontSupport.hasCart(cart) || quantity < 0 || quantity > 99) {
            redirect.addFlashAttribute("cartError", "cart.error.quantity");
            return "redirect:/cart";
        }
        try {
            OrderItemRequestDTO request = new OrderItemRequestDTO();
            request.setOrderItemId(orderItemId);
            request.setQuantity(quantity);
            CartState.setCart(quantity == 0
                    ? orderService.removeItem(cart.getId(), orderItemId, true)
                    : orderService.updateItemQuantity(cart.getId(), request, true));
        } catch (UpdateCartException | RemoveFromCartException e) {
            redirect.addFlashAttribute("cartError", "cart.error.update");
        }
        return "redirect:/cart";
    }
}
