package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingResult;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
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
 * Binds a newly registered member to the guide whose QR code or share link brought them, when their session holds a
 * {@link PendingBinding}. Registered with Broadleaf's customer service as a post-registration listener, so any
 * registration page of the host triggers it. The binding runs after the registration commits (the binding service
 * opens its own transaction and needs the member in the database); a binding that fails never undoes a
 * registration. Bean name {@code gcRegistrationBinder}.
 */
public class RegistrationBinder implements PostRegistrationObserver {

    private static final Log LOG = LogFactory.getLog(RegistrationBinder.class);

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @PostConstruct
    public void listenToRegistrations() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(final Customer customer) {
        final HttpSession session = currentSession();
        final PendingBinding pending = PendingBindingStore.current(session);
        if (pending == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bindAndForget(customer, pending, session);
            return;
        }
        // Left in the session if the registration rolls back, so the visitor's next attempt still binds.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                bindAndForget(customer, pending, session);
            }
        });
    }

    protected void bindAndForget(Customer member, PendingBinding pending, HttpSession session) {
        try {
            bind(member, pending);
        } catch (RuntimeException e) {
            // The member is registered by now; a failed binding is logged for HQ, not turned into an error page.
            LOG.error("Registered member " + member.getId() + " could not be bound to guide " + pending.getGuideCode(), e);
        } finally {
            PendingBindingStore.clear(session);
        }
    }

    private void bind(Customer member, PendingBinding pending) {
        Guide guide = organisationService.findGuideByCode(pending.getGuideCode());
        if (guide == null) {
            LOG.warn("Registered member " + member.getId() + " came for guide " + pending.getGuideCode()
                    + ", who no longer exists");
            return;
        }
        BindingResult result = bindingService.bind(member, guide, pending.getSource(), member.getUsername(),
                reasonFor(pending.getSource()));
        LOG.info("Registered member " + member.getId() + " (" + pending + "): " + result.getOutcome()
                + (result.getReason() == null ? "" : " (" + result.getReason() + ")"));
    }

    static String reasonFor(BindingSource source) {
        return BindingSource.SHARE_LINK.equals(source) ? BindingReasons.REGISTERED_VIA_SHARE_LINK
                : BindingReasons.REGISTERED_VIA_GUIDE_LINK;
    }

    private static HttpSession currentSession() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes)) {
            return null;
        }
        return ((ServletRequestAttributes) attributes).getRequest().getSession(false);
    }
}
