package com.guidecommerce.core.distribution.domain;

import com.guidecommerce.core.organisation.domain.Guide;

import java.io.Serializable;
import java.util.Date;

/** One line of a distributor's append-only history: who did what, when, from which guide to which, and why. */
public interface DistributorEvent extends Serializable {

    Long getId();

    Distributor getDistributor();

    DistributorAction getAction();

    Guide getGuideBefore();

    Guide getGuideAfter();

    /** For a tier change, the tier before and after; null for other events. */
    String getTierBefore();

    String getTierAfter();

    /** The admin user's login, or the member's login when they accepted an invitation. */
    String getActor();

    String getReason();

    Date getOccurredAt();
}
