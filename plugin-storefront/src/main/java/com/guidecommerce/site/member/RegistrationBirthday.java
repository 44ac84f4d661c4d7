package com.guidecommerce.site.member;

import com.guidecommerce.core.birthday.rule.BirthdayException;
import com.guidecommerce.core.birthday.service.BirthdayService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Records the birthday a visitor gave on the registration page (the optional fields {@link BirthdayEntry#MONTH},
 * {@link BirthdayEntry#DAY}, {@link BirthdayEntry#YEAR}) once their registration has committed. Registered with
 * Broadleaf's customer service as a post-registration listener, so any registration page of the host that sends
 * these fields records it. A registration page checks the fields first ({@link BirthdayEntry} and the birthday
 * rules) to show an error; a birthday that is still refused here is logged and never undoes the registration. Bean
 * name {@code gcRegistrationBirthday}.
 */
public class RegistrationBirthday implements PostRegistrationObserver {

    private static final Log LOG = LogFactory.getLog(RegistrationBirthday.class);

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "gcBirthdayService")
    protected BirthdayService birthdayService;

    @PostConstruct
    public void listenToRegistrations() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(final Customer customer) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes)) {
            return;
        }
        HttpServletRequest request = ((ServletRequestAttributes) attributes).getRequest();
        final BirthdayEntry entry = new BirthdayEntry(request.getParameter(BirthdayEntry.MONTH),
                request.getParameter(BirthdayEntry.DAY), request.getParameter(BirthdayEntry.YEAR));
        if (entry.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(customer, entry);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                record(customer, entry);
            }
        });
    }

    protected void record(Customer customer, BirthdayEntry entry) {
        try {
            birthdayService.setBirthday(customer.getId(), entry.month(), entry.day(), entry.year(),
                    customer.getUsername());
        } catch (BirthdayException refused) {
            LOG.warn("The birthday given at registration by member " + customer.getId() + " was not recorded: "
                    + refused.getMessage());
        }
    }
}
