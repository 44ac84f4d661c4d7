package com.guidecommerce.core.membertier.dao;

import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.domain.MemberTierChange;

import java.util.List;

/** The member ladder and the append-only tier history, through JPA. Bean {@code gcMemberTierDao}. */
public interface MemberTierDao {

    MemberTier createTier();

    MemberTier save(MemberTier tier);

    /** The ladder, lowest rank first. */
    List<MemberTier> readTiers();

    MemberTierChange append(MemberTierChange change);

    /** A member's changes, newest first; every member's when {@code customerId} is null. */
    List<MemberTierChange> readHistory(Long customerId, int maxResults);
}
