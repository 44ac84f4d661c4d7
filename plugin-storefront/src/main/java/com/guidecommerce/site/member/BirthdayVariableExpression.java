package com.guidecommerce.site.member;

import com.guidecommerce.core.birthday.domain.BirthdayOnFile;
import com.guidecommerce.core.birthday.domain.IssuedGift;
import com.guidecommerce.core.birthday.service.BirthdayService;
import com.guidecommerce.site.common.Shoppers;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The logged-in member's birthday and birthday gift for templates, as {@code #gcBirthday}:
 * {@code ${#gcBirthday.onFile()}} their birthday (null when none), {@code ${#gcBirthday.gift()}} their gift whose
 * window has not ended (null when none), {@code ${#gcBirthday.open(gift)}} whether its code can be used today. Bean
 * name {@code gcBirthdayVariableExpression}, added to Broadleaf's {@code blVariableExpressions}.
 */
public class BirthdayVariableExpression implements BroadleafVariableExpression {

    @Resource(name = "gcBirthdayService")
    protected BirthdayService birthdayService;

    @Override
    public String getName() {
        return "gcBirthday";
    }

    public BirthdayOnFile onFile() {
        Customer member = member();
        return member == null ? null : birthdayService.birthdayOf(member.getId());
    }

    public IssuedGift gift() {
        Customer member = member();
        return member == null ? null : birthdayService.currentGiftOf(member.getId());
    }

    public boolean open(IssuedGift gift) {
        return gift != null && gift.isOpenOn(birthdayService.today());
    }

    /** 1 to 12, for the month field. */
    public List<Integer> months() {
        return numbers(12);
    }

    /** 1 to 31, for the day field. */
    public List<Integer> days() {
        return numbers(31);
    }

    private static List<Integer> numbers(int last) {
        List<Integer> numbers = new ArrayList<Integer>(last);
        for (int i = 1; i <= last; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static Customer member() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = context == null ? null : context.getRequest();
        Customer customer = request == null ? null : CustomerState.getCustomer(request);
        return Shoppers.isMember(customer) ? customer : null;
    }
}
