package com.guidecommerce.demo.site;

import com.guidecommerce.core.birthday.rule.Birthday;
import com.guidecommerce.core.birthday.rule.BirthdayException;
import com.guidecommerce.core.birthday.service.BirthdayService;
import com.guidecommerce.site.member.BirthdayEntry;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.broadleafcommerce.profile.web.core.service.login.LoginService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Registers the current (anonymous) shopper, so the cart they built stays theirs, and logs them in.
 * Registration runs Broadleaf's post-registration listeners, where plugins hook in (the plugin's
 * gcRegistrationBirthday records the optional birthday fields; they are checked here first, to show an error).
 */
@Controller
public class RegisterController {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoginService")
    protected LoginService loginService;

    @Resource(name = "gcBirthdayService")
    protected BirthdayService birthdayService;

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    @RequestMapping(value = "/register", method = RequestMethod.GET)
    public String form(@RequestParam(value = "successUrl", required = false) String successUrl, Model model) {
        if (StorefrontSupport.isLoggedIn()) {
            return "redirect:/account";
        }
        model.addAttribute("registration", new RegistrationForm());
        model.addAttribute("successUrl", safeRedirect(successUrl));
        return "register";
    }

    @RequestMapping(value = "/register", method = RequestMethod.POST)
    public String register(@ModelAttribute("registration") RegistrationForm form,
                           @RequestParam(value = "successUrl", required = false) String successUrl,
                           HttpServletRequest request, Model model) {
        Map<String, String> errors = form.validate();
        String birthdayError = birthdayError(request);
        String username = form.getEmail() == null ? null : form.getEmail().trim().toLowerCase(Locale.ROOT);
        if (errors.isEmpty() && customerService.readCustomerByUsername(username) != null) {
            errors.put("email", "register.error.emailTaken");
        }
        if (!errors.isEmpty() || birthdayError != null) {
            model.addAttribute("errors", errors);
            model.addAttribute("birthdayError", birthdayError);
            model.addAttribute("successUrl", safeRedirect(successUrl));
            return "register";
        }
        Customer customer = CustomerState.getCustomer();
        customer.setUsername(username);
        customer.setEmailAddress(username);
        customer.setFirstName(form.getName().trim());
        customer.setLastName("");
        customerService.registerCustomer(customer, form.getPassword(), form.getPasswordConfirm());
        loginService.loginCustomer(username, form.getPassword());
        return "redirect:" + safeRedirect(successUrl);
    }

    /** Why the optional birthday fields cannot be a birthday, in the visitor's language; null when they can. */
    private String birthdayError(HttpServletRequest request) {
        BirthdayEntry entry = new BirthdayEntry(request.getParameter(BirthdayEntry.MONTH),
                request.getParameter(BirthdayEntry.DAY), request.getParameter(BirthdayEntry.YEAR));
        if (entry.isEmpty()) {
            return null;
        }
        try {
            Birthday.of(entry.month(), entry.day(), entry.year(), birthdayService.today());
            return null;
        } catch (BirthdayException refused) {
            return messageSource.getMessage(refused.getError().getMessageKey(), refused.getArguments(),
                    RequestContextUtils.getLocale(request));
        }
    }

    /** Only same-site paths are followed after registration; anything else goes to the account page. */
    static String safeRedirect(String successUrl) {
        if (successUrl == null || !successUrl.startsWith("/") || successUrl.startsWith("//")) {
            return "/account";
        }
        return successUrl;
    }
}
