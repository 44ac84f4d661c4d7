package com.guidecommerce.core.distribution.rule;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Who inherits each distributor of a guide who leaves. A distributor is a member too: when the departure hands their
 * own member binding to an heir, the distributor goes with it to that heir, so member and distributor keep one guide.
 * Any other distributor (bound to someone else, or to nobody) goes to the departure's primary heir.
 */
public final class DistributorHeirs {

    private final Map<Long, Long> heirsByMember;
    private final Long primaryHeirId;

    /**
     * @param heirsByMember the departure's handover: member (customer) id to the id of the guide who inherits them
     * @param primaryHeirId the guide who inherits every distributor who is not among those members
     */
    public DistributorHeirs(Map<Long, Long> heirsByMember, Long primaryHeirId) {
        if (primaryHeirId == null) {
            throw new IllegalArgumentException("A departure's distributors need a primary heir");
        }
        this.heirsByMember = Collections.unmodifiableMap(new HashMap<Long, Long>(heirsByMember));
        this.primaryHeirId = primaryHeirId;
    }

    /** The id of the guide who inherits the distributor whose member account this is. */
    public Long heirOf(Long customerId) {
        Long heir = heirsByMember.get(customerId);
        return heir == null ? primaryHeirId : heir;
    }
}
