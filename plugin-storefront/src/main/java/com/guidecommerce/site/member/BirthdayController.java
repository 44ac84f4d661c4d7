package com.guidecommerce.site.member;

import com.guidecommerce.core.birthday.rule.BirthdayException;
import com.guidecommerce.core.birthday.service.BirthdayService;
import com.guidecommerce.site.common.Shoppers;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * POST /account/birthday: the member gives or changes their birthday from the account page's birthday card
 * (webTemplates/gc/birthday.html), and is sent back to the account page with a notice, or with what they typed and
 * why it cannot be a birthday.
 */
@Controller
public class BirthdayController {

    public static final String PATH = "/account/birthday";
    public static final String ACCOUNT_PATH = "/account";
    /** Flash attribute: the message key of what saving did. */
    public static final String NOTICE = "gcBirthdayNotice";
    /** Message key of the notice after saving. */
    public static final String SAVED = "gc.birthday.saved";
    /** Flash attribute: why the birthday was refused, as the member reads it. */
    public static final String ERROR = "gcBirthdayError";
    /** Flash attribute: the {@link BirthdayEntry} the member typed, shown again with the error. */
    public static final String ENTERED = "gcBirthdayEntered";

    @Resource(name = "gcBirthdayService")
    protected BirthdayService birthdayService;

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String save(@RequestParam(value = BirthdayEntry.MONTH, required = false) String month,
                       @RequestParam(value = BirthdayEntry.DAY, required = false) String day,
                       @RequestParam(value = BirthdayEntry.YEAR, required = false) String year,
                       HttpServletRequest request) {
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + ACCOUNT_PATH;
        }
        BirthdayEntry entry = new BirthdayEntry(month, day, year);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        try {
            birthdayService.setBirthday(member.getId(), entry.month(), entry.day(), entry.year(), member.getUsername());
            flash.put(NOTICE, SAVED);
        } catch (BirthdayException refused) {
            flash.put(ERROR, messageSource.getMessage(refused.getError().getMessageKey(), refused.getArguments(),
                    RequestContextUtils.getLocale(request)));
            flash.put(ENTERED, entry);
        }
        return "redirect:" + ACCOUNT_PATH;
    }
}
