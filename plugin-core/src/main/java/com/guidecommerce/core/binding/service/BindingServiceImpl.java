package com.guidecommerce.core.binding.service;

import com.guidecommerce.core.binding.dao.BindingDao;
import com.guidecommerce.core.binding.dao.BindingHistoryReader;
import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingPolicy;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingRecordImpl;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.BindingDecision;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.rule.BindingRules;
import com.guidecommerce.core.binding.rule.CurrentBinding;
import com.guidecommerce.core.binding.rule.DefaultBindingPolicies;
import com.guidecommerce.core.binding.rule.PolicyTerms;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

public class BindingServiceImpl implements BindingService {

    private static final Log LOG = LogFactory.getLog(BindingServiceImpl.class);
    private static final int ATTEMPTS = 3;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcBindingDao")
    protected BindingDao bindingDao;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "gcBindingHistoryReader")
    protected BindingHistoryReader historyReader;

    protected List<BindingListener> bindingListeners = Collections.emptyList();

    /** Those told of every binding made: every {@link BindingListener} bean of the context. */
    @Autowired(required = false)
    public void setBindingListeners(List<BindingListener> bindingListeners) {
        this.bindingListeners = Collections.unmodifiableList(bindingListeners);
    }

    @Override
    public List<NewBinding> findBindingsMade(Date from, Date to) {
        return historyReader.bindingsMade(from, to);
    }

    @Override
    public BindingRecord findRecord(Long recordId) {
        return recordId == null ? null : em.find(BindingRecordImpl.class, recordId);
    }

    @Override
    public BindingRecord findRecordAt(Long customerId, Date at) {
        List<BindingRecord> records = em.createQuery("select r from " + BindingRecordImpl.class.getName()
                + " r where r.member.id = :customerId and r.occurredAt <= :at order by r.occurredAt desc, r.id desc",
                BindingRecord.class)
                .setParameter("customerId", customerId)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultList();
        return records.isEmpty() || records.get(0).getGuide() == null ? null : records.get(0);
    }

    @Override
    public BindingHistories findHistories(Collection<Long> customerIds) {
        return historyReader.read(customerIds);
    }

    @Override
    public BindingResult bind(final Customer member, final Guide guide, final BindingSource source, final String actor,
                              final String reason) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(new TransactionCallback<BindingResult>() {
                    @Override
                    public BindingResult doInTransaction(TransactionStatus status) {
                        return bindInTransaction(member.getId(), guide.getId(), source, actor, reason);
                    }
                });
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException
                    | ObjectOptimisticLockingFailureException | PersistenceException e) {
                // Another request bound the same member at the same moment; the next attempt sees its result.
                if (attempt == ATTEMPTS) {
                    throw new BindingException("Could not bind member " + member.getId() + " to guide "
                            + guide.getGuideCode() + " after " + ATTEMPTS + " concurrent attempts", e);
                }
                LOG.info("Concurrent binding of member " + member.getId() + "; retrying (attempt " + attempt + ")");
            }
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public BindingResult transferWithinTransaction(Customer member, Guide guide, BindingSource source, String actor,
                                                   String reason) {
        if (!source.isAdministrative()) {
            throw new IllegalArgumentException("Only administrative sources transfer members, not " + source);
        }
        return bindInTransaction(member.getId(), guide.getId(), source, actor, reason);
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public boolean releaseWithinTransaction(Customer member, String actor, String reason) {
        Date now = SystemTime.asDate();
        MemberBinding binding = bindingDao.readBindingForUpdate(member.getId());
        if (binding == null || !binding.isValidAt(now)) {
            return false;
        }
        Guide leaving = binding.getGuide();
        binding.setValidUntil(now);
        binding.setProtectedUntil(null);
        bindingDao.save(binding);
        bindingDao.append(new BindingRecordImpl(binding.getMember(), null, leaving, BindingAction.RELEASED,
                BindingSource.ADMIN, reason, actor, now));
        return true;
    }

    protected BindingResult bindInTransaction(Long customerId, Long guideId, BindingSource source, String actor,
                                              String reason) {
        Customer member = em.find(CustomerImpl.class, customerId);
        Guide guide = em.find(GuideImpl.class, guideId);
        if (member == null || guide == null) {
            throw new BindingException("Unknown " + (member == null ? "member " + customerId : "guide " + guideId));
        }
        Date now = SystemTime.asDate();
        MemberBinding binding = bindingDao.readBindingForUpdate(customerId);
        Guide ownGuide = organisationService.findGuideByCustomerId(customerId);
        BindingDecision decision = BindingRules.decide(snapshot(binding), guide.getId(), guide.isActive(),
                ownGuide == null ? null : ownGuide.getId(), source.isAdministrative(), termsFor(source), now);
        if (decision.isEmployeeAccount() && decision.getOutcome().changesBinding()) {
            LOG.warn("Member " + customerId + " is the storefront account of guide " + ownGuide.getGuideCode()
                    + " and is being bound to guide " + guide.getGuideCode() + " (" + decision.getOutcome() + ")");
        }
        if (!decision.getOutcome().changesBinding()) {
            return new BindingResult(decision.getOutcome(), decision.getReason(),
                    binding != null && binding.isValidAt(now) ? binding : null, null);
        }
        Guide previous = binding != null && binding.isValidAt(now) ? binding.getGuide() : null;
        boolean firstEver = binding == null;
        if (binding == null) {
            binding = bindingDao.createBinding();
            binding.setMember(member);
        }
        if (decision.getOutcome() != BindingOutcome.RENEW) {
            binding.setGuide(guide);
            binding.setSource(source);
            binding.setBoundAt(now);
        }
        binding.setValidUntil(decision.getValidUntil());
        binding.setProtectedUntil(decision.getProtectedUntil());
        binding = bindingDao.save(binding);
        bindingDao.append(new BindingRecordImpl(member, guide, previous, actionFor(decision.getOutcome()), source,
                historyReason(reason, decision), actor, now));
        em.flush();
        if (decision.getOutcome() != BindingOutcome.RENEW) {
            NewBinding made = new NewBinding(guide.getId(), customerId, source, firstEver, now);
            for (BindingListener listener : bindingListeners) {
                listener.onBound(made);
            }
        }
        return new BindingResult(decision.getOutcome(), null, binding,
                decision.getOutcome() == BindingOutcome.RENEW ? null : previous);
    }

    private static CurrentBinding snapshot(MemberBinding binding) {
        if (binding == null) {
            return null;
        }
        return new CurrentBinding(binding.getGuide().getId(), binding.getValidUntil(), binding.getProtectedUntil());
    }

    private static BindingAction actionFor(BindingOutcome outcome) {
        switch (outcome) {
            case BIND:
                return BindingAction.BOUND;
            case REBIND:
                return BindingAction.REBOUND;
            case RENEW:
                return BindingAction.RENEWED;
            default:
                return BindingAction.TRANSFERRED;
        }
    }

    private static String historyReason(String reason, BindingDecision decision) {
        if (!decision.isEmployeeAccount()) {
            return reason;
        }
        return Note.append(reason, BindingReasons.EMPLOYEE_ACCOUNT);
    }

    @Override
    public MemberBinding findValidBinding(Long customerId) {
        MemberBinding binding = bindingDao.readBinding(customerId);
        return binding != null && binding.isValidAt(SystemTime.asDate()) ? binding : null;
    }

    @Override
    public List<BindingRecord> findHistory(Long customerId) {
        return bindingDao.readHistory(customerId);
    }

    @Override
    public List<MemberBinding> findMembersOf(Guide guide, int offset, int limit) {
        return bindingDao.readValidBindingsOf(guide.getId(), SystemTime.asDate(), offset, limit);
    }

    @Override
    public long countMembersOf(Guide guide) {
        return bindingDao.countValidBindingsOf(guide.getId(), SystemTime.asDate());
    }

    @Override
    public List<MemberBinding> findMembersOf(Guide guide, String search, int offset, int limit) {
        return bindingDao.readValidBindingsOf(guide.getId(), SystemTime.asDate(), search, offset, limit);
    }

    @Override
    public long countMembersOf(Guide guide, String search) {
        return bindingDao.countValidBindingsOf(guide.getId(), SystemTime.asDate(), search);
    }

    @Override
    public PolicyTerms termsFor(BindingSource source) {
        BindingPolicy policy = bindingDao.readPolicy(source);
        return policy == null ? DefaultBindingPolicies.termsFor(source) : policy.toTerms();
    }

    @Override
    public List<BindingPolicy> findPolicies() {
        return bindingDao.readPolicies();
    }
}
