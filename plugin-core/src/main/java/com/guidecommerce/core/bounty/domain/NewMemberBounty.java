package com.guidecommerce.core.bounty.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/**
 * The bounty a guide earns for a new member (拉新奖励). One per member, ever; it only vests once the member's first
 * qualifying paid order has survived its return window, so bought accounts that never buy earn nothing.
 */
public interface NewMemberBounty extends Serializable {

    Long getId();

    Guide getGuide();

    void setGuide(Guide guide);

    Customer getMember();

    void setMember(Customer member);

    Money getAmount();

    void setAmount(Money amount);

    BountyState getState();

    void setState(BountyState state);

    /** When the member was bound to the guide. */
    Date getBoundAt();

    void setBoundAt(Date boundAt);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /** When the bounty vested or became void or capped. */
    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);

    /** The order whose survival vested the bounty. */
    String getQualifyingOrderNumber();

    void setQualifyingOrderNumber(String qualifyingOrderNumber);

    String getReason();

    void setReason(String reason);
}
