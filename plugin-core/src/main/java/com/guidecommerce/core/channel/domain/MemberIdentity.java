package com.guidecommerce.core.channel.domain;

import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/**
 * A way a channel names a member: a hashed phone number (any channel) or a platform buyer id (one channel). Learnt
 * from orders that also carried the member number, or recorded by HQ when it identifies a buyer from the unmatched queue.
 */
public interface MemberIdentity extends Serializable {

    Long getId();

    Date getCreatedAt();

    String getIdentityType();

    String getChannelCode();

    String getIdentityValue();

    Customer getCustomer();

    String getCreatedBy();
}
