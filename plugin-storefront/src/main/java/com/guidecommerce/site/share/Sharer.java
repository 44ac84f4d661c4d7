package com.guidecommerce.site.share;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.organisation.domain.Guide;

/**
 * Someone whose share links credit them: a guide, or a distributor (whose recruiting guide is the one a shopper
 * who comes through the link is bound to).
 */
public final class Sharer {

    private final Guide guide;
    private final Distributor distributor;

    private Sharer(Guide guide, Distributor distributor) {
        this.guide = guide;
        this.distributor = distributor;
    }

    public static Sharer guide(Guide guide) {
        return new Sharer(guide, null);
    }

    public static Sharer distributor(Distributor distributor) {
        return new Sharer(distributor.getGuide(), distributor);
    }

    /** The code a share link signs: the guide's or the distributor's. */
    public String getCode() {
        return distributor == null ? guide.getGuideCode() : distributor.getCode();
    }

    /** The guide a shopper who follows the link is bound to. */
    public Guide getGuide() {
        return guide;
    }

    public Distributor getDistributor() {
        return distributor;
    }

    public boolean isDistributor() {
        return distributor != null;
    }

    /** Whether their links credit anyone now: an active guide, or an active distributor of an active guide. */
    public boolean isActive() {
        boolean guideActive = guide != null && guide.isActive();
        return distributor == null ? guideActive : guideActive && DistributorStatus.ACTIVE.equals(distributor.getStatus());
    }
}
