package com.guidecommerce.core.distribution.service;

import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.TierHolding;
import com.guidecommerce.core.distribution.dao.DistributionDao;
import com.guidecommerce.core.distribution.dao.DistributorProfileReader;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorEventImpl;
import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.rule.DistributionError;
import com.guidecommerce.core.distribution.rule.DistributionException;
import com.guidecommerce.core.distribution.rule.DistributionTerms;
import com.guidecommerce.core.distribution.rule.DistributorHeirs;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.distribution.rule.StatusChanges;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.apache.commons.codec.binary.Hex;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class DistributionServiceImpl implements DistributionService {

    private static final int TOKEN_BYTES = 16;
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    private static final String CODE_SEQUENCE = "GC_DISTRIBUTOR_CODE";

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcDistributionDao")
    protected DistributionDao dao;

    @Resource(name = "gcDistributionTerms")
    protected DistributionTerms terms;

    @Resource(name = "gcDistributionJoiner")
    protected DistributionJoiner joiner;

    @Resource(name = "gcIdBlocks")
    protected IdBlocks idBlocks;

    @Resource(name = "gcDistributorProfileReader")
    protected DistributorProfileReader profileReader;

    @Override
    @Transactional("blTransactionManager")
    public DistributorInvitation invite(Guide guide) {
        Guide current = em.find(GuideImpl.class, guide.getId());
        if (current == null) {
            throw new DistributionException(DistributionError.GUIDE_NOT_FOUND, guide.getId());
        }
        if (!current.isActive()) {
            throw new DistributionException(DistributionError.GUIDE_INACTIVE, current.getGuideCode());
        }
        if (!terms.mayRecruitFrom(DistributionTerms.GUIDE_DEPTH)) {
            throw new DistributionException(DistributionError.RECRUITING_NOT_ALLOWED, terms.getMaxDepth());
        }
        byte[] token = new byte[TOKEN_BYTES];
        random.nextBytes(token);
        Date now = SystemTime.asDate();
        DistributorInvitation invitation = dao.createInvitation();
        invitation.setToken(Hex.encodeHexString(token));
        invitation.setGuide(current);
        invitation.setCreatedAt(now);
        invitation.setExpiresAt(new Date(now.getTime() + terms.getInvitationDays() * DAY_MILLIS));
        return dao.save(invitation);
    }

    @Override
    public DistributorInvitation findInvitation(String token) {
        return token == null ? null : dao.readInvitation(token);
    }

    @Override
    public JoinResult accept(String token, Customer member) {
        // The code is drawn before the transaction: a joined member keeps it, a refused one leaves a gap.
        return joiner.accept(token, member.getId(), nextCode());
    }

    @Override
    public Distributor findByCustomer(Long customerId) {
        return customerId == null ? null : dao.readByCustomer(customerId);
    }

    @Override
    public Distributor findByCode(String code) {
        return code == null ? null : dao.readByCode(code.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public Distributor findById(Long distributorId) {
        return distributorId == null ? null : dao.readDistributor(distributorId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public JoinRefusal refusalFor(String token, Customer member) {
        return joiner.refusalFor(token, member == null ? null : member.getId());
    }

    @Override
    public Map<Long, DistributorProfile> findProfiles(Collection<Long> distributorIds) {
        Map<Long, DistributorProfile> byId = new HashMap<Long, DistributorProfile>();
        if (distributorIds != null && !distributorIds.isEmpty()) {
            for (DistributorProfile profile : profileReader.byIds(distributorIds)) {
                byId.put(profile.getId(), profile);
            }
        }
        return byId;
    }

    @Override
    public Map<String, DistributorProfile> findProfilesByCode(Collection<String> codes) {
        Map<String, DistributorProfile> byCode = new HashMap<String, DistributorProfile>();
        if (codes != null && !codes.isEmpty()) {
            for (DistributorProfile profile : profileReader.byCodes(codes)) {
                byCode.put(profile.getCode(), profile);
            }
        }
        return byCode;
    }

    @Override
    public List<Distributor> findCurrentOf(Long guideId) {
        return dao.readCurrentOf(guideId);
    }

    @Override
    public long countCurrentOf(Long guideId) {
        return dao.countCurrentOf(guideId);
    }

    @Override
    public List<DistributorEvent> findHistory(Long distributorId) {
        return dao.readHistory(distributorId);
    }

    @Override
    @Transactional("blTransactionManager")
    public Distributor approve(Long distributorId, String actor, String reason) {
        return change(distributorId, DistributorAction.APPROVED, null, actor, reason);
    }

    @Override
    @Transactional("blTransactionManager")
    public Distributor move(Long distributorId, Long guideId, String actor, String reason) {
        return change(distributorId, DistributorAction.MOVED, guideId, actor, reason);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<Distributor> moveAllOf(Long fromGuideId, Map<Long, Long> heirsByMember, Long defaultHeirId,
                                       String actor, String reason) {
        String why = StatusChanges.requireReason(reason);
        DistributorHeirs heirs = new DistributorHeirs(heirsByMember, defaultHeirId);
        List<Distributor> current = dao.readCurrentOf(fromGuideId);
        // Heirs are locked before any distributor, as a single move locks its target before its distributor.
        Set<Long> heirIds = new TreeSet<Long>();
        for (Distributor distributor : current) {
            heirIds.add(heirs.heirOf(distributor.getMember().getId()));
        }
        Map<Long, Guide> lockedHeirs = new HashMap<Long, Guide>();
        for (Long heirId : heirIds) {
            lockedHeirs.put(heirId, activeGuide(heirId));
        }
        List<Distributor> moved = new ArrayList<Distributor>();
        for (Distributor candidate : current) {
            Distributor distributor = dao.readDistributorForUpdate(candidate.getId());
            // HQ moved or ended them between the read and the lock: HQ's change stands.
            if (!fromGuideId.equals(distributor.getGuide().getId())
                    || DistributorStatus.ENDED.equals(distributor.getStatus())) {
                continue;
            }
            Guide heir = lockedHeirs.get(heirs.heirOf(distributor.getMember().getId()));
            // Timed once locked: an HQ action this move waited for stays before it in the history.
            moved.add(apply(distributor, DistributorAction.MOVED, heir, actor, why, SystemTime.asDate()));
        }
        em.flush();
        return moved;
    }

    @Override
    @Transactional("blTransactionManager")
    public Distributor suspend(Long distributorId, String actor, String reason) {
        return change(distributorId, DistributorAction.SUSPENDED, null, actor, reason);
    }

    @Override
    @Transactional("blTransactionManager")
    public Distributor reactivate(Long distributorId, String actor, String reason) {
        return change(distributorId, DistributorAction.REACTIVATED, null, actor, reason);
    }

    @Override
    @Transactional("blTransactionManager")
    public Distributor end(Long distributorId, String actor, String reason) {
        return change(distributorId, DistributorAction.ENDED, null, actor, reason);
    }

    @Override
    @Transactional("blTransactionManager")
    public Distributor changeTier(Long distributorId, String tierCode, String actor, String reason) {
        String why = StatusChanges.requireReason(reason);
        Long guideId = distributorId == null ? null : dao.readGuideIdOf(distributorId);
        if (guideId == null) {
            throw new DistributionException(DistributionError.DISTRIBUTOR_NOT_FOUND, distributorId);
        }
        // The guide before the distributor, in the order a departure locks them (see change()).
        dao.readGuideShareLocked(guideId);
        Distributor distributor = dao.readDistributorForUpdate(distributorId);
        if (DistributorStatus.ENDED.equals(distributor.getStatus())) {
            throw new DistributionException(DistributionError.ACTION_NOT_ALLOWED, distributor.getCode(),
                    DistributorStatus.ENDED.getType(), DistributorAction.TIER_CHANGED.getType());
        }
        String before = distributor.getTierCode();
        distributor.setTierCode(tierCode);
        dao.append(DistributorEventImpl.tierChange(distributor, before, tierCode, actor, why, SystemTime.asDate()));
        em.flush();
        return distributor;
    }

    @Override
    public List<TierHolding> findActiveTiers() {
        return dao.readActiveTiers();
    }

    /**
     * One HQ action: checked, applied to the locked row and appended to the history, all or nothing.
     *
     * <p>Locks are taken in the order a departure takes them: the distributor's guide, then the guide a move gives
     * them to, then the distributor. The history line references the guide, and on MySQL writing it waits for a
     * departure's lock on the guide's row; holding the distributor meanwhile, while the departure waited for the
     * distributor, would deadlock the two.
     *
     * @param targetId the guide a move gives the distributor to; unused by other actions
     */
    protected Distributor change(Long distributorId, DistributorAction action, Long targetId, String actor,
                                 String reason) {
        String why = StatusChanges.requireReason(reason);
        Long guideId = distributorId == null ? null : dao.readGuideIdOf(distributorId);
        if (guideId == null) {
            throw new DistributionException(DistributionError.DISTRIBUTOR_NOT_FOUND, distributorId);
        }
        // Should a departure have moved the distributor since the read above, they are now the heir's, whom the
        // departure only share-locked: writing the history line does not wait for it.
        dao.readGuideShareLocked(guideId);
        Guide target = DistributorAction.MOVED.equals(action) ? activeGuide(targetId) : null;
        Distributor distributor = dao.readDistributorForUpdate(distributorId);
        apply(distributor, action, target, actor, why, SystemTime.asDate());
        em.flush();
        return distributor;
    }

    /** Applies the action to a locked distributor and appends it to their history. */
    private Distributor apply(Distributor distributor, DistributorAction action, Guide target, String actor,
                              String why, Date now) {
        Guide before = distributor.getGuide();
        if (target != null && target.getId().equals(before.getId())) {
            throw new DistributionException(DistributionError.SAME_GUIDE, distributor.getCode(), before.getGuideCode());
        }
        DistributorStatus next = StatusChanges.apply(action, distributor.getStatus(), distributor.getCode());
        distributor.setStatus(next);
        if (target != null) {
            distributor.setGuide(target);
        }
        if (DistributorStatus.ENDED.equals(next)) {
            distributor.setEndedAt(now);
        }
        dao.append(new DistributorEventImpl(distributor, action, before, distributor.getGuide(), actor, why, now));
        return distributor;
    }

    /**
     * The guide a distributor is given to, share-locked: a guide who is departing at this moment is read once the
     * departure has committed, and then refused as inactive.
     */
    private Guide activeGuide(Long guideId) {
        Guide guide = guideId == null ? null : dao.readGuideShareLocked(guideId);
        if (guide == null) {
            throw new DistributionException(DistributionError.GUIDE_NOT_FOUND, guideId);
        }
        if (!guide.isActive()) {
            throw new DistributionException(DistributionError.GUIDE_INACTIVE, guide.getGuideCode());
        }
        return guide;
    }

    private String nextCode() {
        return String.format(Locale.ROOT, "D%06d", idBlocks.next(CODE_SEQUENCE));
    }
}
