package com.guidecommerce.core.organisation.service;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

public class StoreChangeServiceImpl implements StoreChangeService {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Override
    @Transactional("blTransactionManager")
    public int moveToStore(Guide guide, Store store, MemberHandling members, String actor) {
        Guide locked = em.find(GuideImpl.class, guide.getId(), LockModeType.PESSIMISTIC_WRITE);
        Store target = em.find(StoreImpl.class, store.getId());
        if (locked == null || target == null) {
            throw new IllegalStateException("Unknown guide or store");
        }
        if (GuideStatus.DEPARTED.equals(locked.getStatus())) {
            throw new IllegalStateException("Guide " + locked.getGuideCode() + " has departed and cannot change store");
        }
        if (target.getId().equals(locked.getStore().getId()) || !target.isActive()) {
            throw new IllegalStateException("Store " + target.getCode() + " is the guide's store already or is closed");
        }
        String reason = BindingReasons.storeChange(locked.getGuideCode(), locked.getStore().getCode(),
                target.getCode());
        int released = 0;
        if (members == MemberHandling.RELEASE) {
            // Released bindings stop being valid, so each round reads the next members from the start.
            int releasedInRound;
            do {
                releasedInRound = 0;
                List<MemberBinding> batch = bindingService.findMembersOf(locked, 0, BATCH);
                for (MemberBinding binding : batch) {
                    if (bindingService.releaseWithinTransaction(binding.getMember(), actor, reason)) {
                        releasedInRound++;
                    }
                }
                em.flush();
                released += releasedInRound;
            } while (releasedInRound > 0);
        }
        locked.setStore(target);
        return released;
    }
}
