package com.guidecommerce.core.distribution.service;

import com.guidecommerce.core.distribution.dao.DistributionDao;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorEventImpl;
import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.rule.DistributionTerms;
import com.guidecommerce.core.distribution.rule.JoinDecision;
import com.guidecommerce.core.distribution.rule.JoinFacts;
import com.guidecommerce.core.distribution.rule.JoinOutcome;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.distribution.rule.JoinRules;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

/**
 * Accepts invitations. The invitation row is locked, so one member uses it; the member's distributor row is locked
 * (or, for a first join, guarded by the unique member column), so of two invitations accepted by the same member at
 * once one makes them a distributor and the other is retried and refused as {@link JoinRefusal#ALREADY_DISTRIBUTOR}.
 */
public class DistributionJoiner {

    private static final Log LOG = LogFactory.getLog(DistributionJoiner.class);
    private static final int ATTEMPTS = 3;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcDistributionDao")
    protected DistributionDao dao;

    @Resource(name = "gcDistributionTerms")
    protected DistributionTerms terms;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** Accepts in a transaction of its own, retried when a concurrent accept of the same member won. */
    public JoinResult accept(final String token, final Long customerId, final String newCode) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(new TransactionCallback<JoinResult>() {
                    @Override
                    public JoinResult doInTransaction(TransactionStatus status) {
                        return acceptInTransaction(token, customerId, newCode);
                    }
                });
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException
                    | ObjectOptimisticLockingFailureException | PersistenceException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Member " + customerId + " could not accept an invitation after "
                            + ATTEMPTS + " concurrent attempts", e);
                }
                LOG.info("Concurrent distributor join of member " + customerId + "; retrying (attempt " + attempt + ")");
            }
        }
    }

    protected JoinResult acceptInTransaction(String token, Long customerId, String newCode) {
        DistributorInvitation invitation = token == null ? null : dao.readInvitationForUpdate(token);
        Customer member = em.find(CustomerImpl.class, customerId);
        if (invitation == null || member == null) {
            return JoinResult.refused(JoinRefusal.INVITATION_UNKNOWN);
        }
        // The guide is locked before the member's row, as a departure locks its guide before its distributors: a
        // member joining a guide who is departing at this moment waits and is then refused, never left behind.
        Guide guide = dao.readGuideShareLocked(invitation.getGuide().getId());
        Distributor distributor = dao.readByCustomerForUpdate(customerId);
        Date now = SystemTime.asDate();
        JoinDecision decision = decide(invitation, guide, member, distributor, now);
        if (decision.isRefused()) {
            return JoinResult.refused(decision.getRefusal());
        }
        if (!dao.markInvitationUsed(invitation.getId(), customerId, now)) {
            return JoinResult.refused(JoinRefusal.INVITATION_USED);
        }
        boolean pending = decision.getOutcome() == JoinOutcome.PENDING_APPROVAL;
        if (distributor == null) {
            distributor = dao.createDistributor();
            distributor.setMember(member);
            distributor.setCode(newCode);
        }
        distributor.setGuide(guide);
        distributor.setStatus(pending ? DistributorStatus.PENDING : DistributorStatus.ACTIVE);
        distributor.setJoinedAt(now);
        distributor.setEndedAt(null);
        dao.save(distributor);
        dao.append(new DistributorEventImpl(distributor, pending ? DistributorAction.APPLIED : DistributorAction.JOINED,
                null, guide, member.getUsername(), null, now));
        em.flush();
        return new JoinResult(decision.getOutcome(), null, distributor);
    }

    /**
     * What accepting would do now, read without locks, for the join page to say before the member presses Accept
     * (accepting decides again, under its locks): the refusal, or null when the member would join.
     */
    public JoinRefusal refusalFor(String token, Long customerId) {
        DistributorInvitation invitation = token == null ? null : dao.readInvitation(token);
        Customer member = customerId == null ? null : em.find(CustomerImpl.class, customerId);
        if (invitation == null || member == null) {
            return JoinRefusal.INVITATION_UNKNOWN;
        }
        JoinDecision decision = decide(invitation, invitation.getGuide(), member, dao.readByCustomer(customerId),
                SystemTime.asDate());
        return decision.isRefused() ? decision.getRefusal() : null;
    }

    private JoinDecision decide(DistributorInvitation invitation, Guide guide, Customer member,
                                Distributor distributor, Date now) {
        return JoinRules.decide(new JoinFacts(invitation.getExpiresAt(), invitation.getAcceptedBy() != null,
                guide.isActive(), organisationService.findGuideByCustomerId(member.getId()) != null,
                member.isDeactivated(), distributor == null ? null : distributor.getStatus()), terms, now);
    }
}
