package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/**
 * A member who shares the brand's products for a guide (分销员). One row per member, ever: a member whose
 * distribution ended and who joins again keeps their row and code.
 */
public interface Distributor extends Serializable {

    Long getId();

    /** Readable and unique, e.g. D000123. */
    String getCode();

    void setCode(String code);

    Customer getMember();

    void setMember(Customer member);

    /** The guide the distributor shares for: the one who recruited them, or the one HQ moved them to. */
    Guide getGuide();

    void setGuide(Guide guide);

    DistributorStatus getStatus();

    void setStatus(DistributorStatus status);

    Date getJoinedAt();

    void setJoinedAt(Date joinedAt);

    Date getEndedAt();

    void setEndedAt(Date endedAt);

    /** The code of the distributor's tier (GC_TIER, e.g. D_NORMAL); null on rows from before tiers. */
    String getTierCode();

    void setTierCode(String tierCode);
}
