package com.guidecommerce.site.packagecard;

import com.guidecommerce.core.packagecard.service.CardView;
import com.guidecommerce.core.packagecard.service.PackageCardService;
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
import javax.servlet.http.HttpSession;

/**
 * Counts an account created by a visitor who came from a package card's page as the card's registration, on any
 * registration page of the host (a Broadleaf post-registration listener), once the registration has committed. A
 * count that fails never undoes a registration. Bean {@code gcCardRegistrations}.
 */
public class CardRegistrations implements PostRegistrationObserver {

    private static final Log LOG = LogFactory.getLog(CardRegistrations.class);

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "gcPackageCardService")
    protected PackageCardService cardService;

    @PostConstruct
    public void listenToRegistrations() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(final Customer customer) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        final HttpSession session = attributes instanceof ServletRequestAttributes
                ? ((ServletRequestAttributes) attributes).getRequest().getSession(false) : null;
        final String code = CardVisit.card(session);
        if (code == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count(customer, code, session);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                count(customer, code, session);
            }
        });
    }

    protected void count(Customer member, String code, HttpSession session) {
        try {
            CardView card = cardService.open(code);
            cardService.recordRegistration(card, member.getId());
        } catch (RuntimeException e) {
            LOG.error("Registration of member " + member.getId() + " from package card " + code + " was not counted", e);
        } finally {
            CardVisit.forget(session);
        }
    }
}
