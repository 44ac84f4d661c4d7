package com.guidecommerce.core.bounty.service;

import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.organisation.domain.Guide;

import java.util.List;

/** New-member bounties: created from first bindings of new members, vested or voided by their first orders. */
public interface BountyService {

    /** Creates the bounties of new members bound since the lookback; returns how many were created. */
    int createBounties();

    /** Decides pending bounties whose outcome is known; returns how many changed state. */
    int decidePendingBounties();

    List<NewMemberBounty> findBountiesOf(Guide guide);

    /** The guide's bounties counted and summed by state, in one read. */
    BountyTotals totalsOf(Guide guide);

    NewMemberBounty findBountyOfMember(Long customerId);
}
