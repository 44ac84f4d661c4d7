package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.channel.dao.JpaChannelOrders;
import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.MemberIdentity;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.IdentityService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;

/**
 * The Identify buyer page of a channel order, reached from the order's screen: HQ names the member who bought it (by
 * e-mail or customer id), the buyer's channel identities are recorded for that member, and this order and every other
 * unmatched order carrying them are attributed at once. Seeing the page needs read access to channel orders;
 * identifying needs the right to record member identities. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-channel-order/{id}/identify")
public class IdentifyBuyerController {

    static final String SECTION_KEY = UnmatchedOrderController.SECTION_KEY;
    static final String ERROR_PREFIX = "gcIdentify_error_";

    private static final Log LOG = LogFactory.getLog(IdentifyBuyerController.class);

    private final IdentityService identityService;
    private final CustomerService customerService;
    private final JpaChannelOrders channelOrders;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;

    public IdentifyBuyerController(IdentityService identityService, CustomerService customerService,
                                   JpaChannelOrders channelOrders, AdminPageSupport pageSupport,
                                   MessageSource messageSource) {
        this.identityService = identityService;
        this.customerService = customerService;
        this.channelOrders = channelOrders;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        ChannelOrder order = order(id, response);
        return order == null ? null : page(order, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String identify(@PathVariable("id") Long id, @RequestParam(value = "member", required = false) String member,
                           Model model, Locale locale, HttpServletResponse response) throws IOException {
        ChannelOrder order = order(id, response);
        if (order == null) {
            return null;
        }
        if (!canIdentify()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Customer customer = findMember(member);
        model.addAttribute("member", member);
        if (customer == null) {
            model.addAttribute("error", messageSource.getMessage("gcIdentify_error_noMember", null, locale));
            return page(order, model);
        }
        String actor = pageSupport.currentLogin();
        try {
            int attributed = identityService.identify(order.getId(), customer.getId(), actor);
            LOG.info("Buyer of channel order " + order.getChannelCode() + "/" + order.getOrderNo() + " identified as customer "
                    + customer.getId() + " by " + actor + "; orders attributed: " + attributed);
            model.addAttribute("attributed", attributed);
            model.addAttribute("identified", customer);
        } catch (ChannelException e) {
            LOG.info("Identifying the buyer of channel order " + order.getId() + " refused: " + e.getMessage());
            model.addAttribute("error", messageSource.getMessage(ERROR_PREFIX + e.getCode(), null, e.getMessage(), locale));
        }
        return page(order(id), model);
    }

    /** The member named by an e-mail address or a customer id, or {@code null}. */
    private Customer findMember(String member) {
        if (member == null || member.trim().isEmpty()) {
            return null;
        }
        String value = member.trim();
        if (value.matches("\\d{1,18}")) {
            return customerService.readCustomerById(Long.valueOf(value));
        }
        return customerService.readCustomerByEmail(value);
    }

    private String page(ChannelOrder order, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/identifyBuyer");
        model.addAttribute("order", order);
        pageSupport.addTimesOfStore(model, order.getStoreCode());
        // The pipeline updates the order with JDBC, so after an identification this request's copy of it is stale.
        boolean open = order.getCustomer() == null && !model.containsAttribute("identified");
        model.addAttribute("canIdentify", open && canIdentify());
        return "modules/defaultContainer";
    }

    private boolean canIdentify() {
        return pageSupport.isAllowed(MemberIdentity.class, EntityOperationType.UPDATE);
    }

    private ChannelOrder order(Long id) {
        return channelOrders.find(id);
    }

    /** The order, or {@code null} after answering 404 or 403. */
    private ChannelOrder order(Long id, HttpServletResponse response) throws IOException {
        ChannelOrder order = order(id);
        if (order == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!pageSupport.isAllowed(ChannelOrder.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return order;
    }
}
