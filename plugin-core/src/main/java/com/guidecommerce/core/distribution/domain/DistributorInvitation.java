package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/** A guide's invitation to become their distributor: a link with an unguessable token, accepted at most once. */
public interface DistributorInvitation extends Serializable {

    Long getId();

    String getToken();

    void setToken(String token);

    Guide getGuide();

    void setGuide(Guide guide);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getExpiresAt();

    void setExpiresAt(Date expiresAt);

    Customer getAcceptedBy();

    void setAcceptedBy(Customer acceptedBy);

    Date getAcceptedAt();

    void setAcceptedAt(Date acceptedAt);
}
