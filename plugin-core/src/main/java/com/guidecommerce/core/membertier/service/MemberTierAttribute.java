package com.guidecommerce.core.membertier.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the Broadleaf customer attribute {@code gcMemberTier} equal to the member's tier code, so offer rules such as
 * {@code customer.customerAttributes["gcMemberTier"].value == "GOLD"} read it. Written through Broadleaf's
 * {@link CustomerService}, in the caller's transaction: Hibernate updates its second-level cache on commit, and a
 * signed-in shopper's next request reads the customer again by username (Broadleaf 3.1 keeps no customer in the
 * session of a signed-in shopper), so the next pricing sees the new tier.
 *
 * <p>Broadleaf publishes a {@code CustomerPersistedEvent} after commit when the customer row itself was updated (the
 * attribute alone, a row of its own, does not), and its {@code CustomerStateRefresher} then reads the thread's
 * {@link BroadleafRequestContext} without checking it exists. The order stream runs where there may be none (an API
 * call, a job) and in transactions that may also update the customer (an own-mall checkout), so an empty one is put
 * on a thread without one until the transaction completes, then removed. Bean {@code gcMemberTierAttribute}.
 */
public class MemberTierAttribute {

    public static final String NAME = "gcMemberTier";

    private static final Log LOG = LogFactory.getLog(MemberTierAttribute.class);

    private final CustomerService customerService;
    private final EntityConfiguration entityConfiguration;

    public MemberTierAttribute(CustomerService customerService, EntityConfiguration entityConfiguration) {
        this.customerService = customerService;
        this.entityConfiguration = entityConfiguration;
    }

    /** Sets the member's attribute to the tier code; a member Broadleaf does not know is logged and skipped. */
    public void write(Long customerId, String tierCode) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null) {
            LOG.warn("Member " + customerId + " is not a Broadleaf customer: tier " + tierCode
                    + " is kept only in the plugin's tables");
            return;
        }
        CustomerAttribute attribute = customer.getCustomerAttributes().get(NAME);
        if (attribute != null && tierCode.equals(attribute.getValue())) {
            return;
        }
        if (attribute == null) {
            attribute = (CustomerAttribute) entityConfiguration.createEntityInstance(CustomerAttribute.class.getName());
            attribute.setName(NAME);
            attribute.setCustomer(customer);
            customer.getCustomerAttributes().put(NAME, attribute);
        }
        attribute.setValue(tierCode);
        boolean added = ensureRequestContext();
        try {
            customerService.saveCustomer(customer);
        } finally {
            if (added && !TransactionSynchronizationManager.isSynchronizationActive()) {
                BroadleafRequestContext.setBroadleafRequestContext(null);
            }
        }
    }

    /**
     * Puts an empty request context on a thread without one, until the surrounding transaction completes (or, without
     * a transaction, until the save returns); true when it did.
     */
    private static boolean ensureRequestContext() {
        if (BroadleafRequestContext.getBroadleafRequestContext() != null) {
            return false;
        }
        BroadleafRequestContext.setBroadleafRequestContext(new BroadleafRequestContext());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCompletion(int status) {
                    BroadleafRequestContext.setBroadleafRequestContext(null);
                }
            });
        }
        return true;
    }
}
