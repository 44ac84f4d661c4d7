package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.organisation.domain.Guide;

/** One distributor of a departing guide and the heir they go to. */
public final class DistributorLine {

    private final Distributor distributor;
    private final Guide currentGuide;
    private final Guide heir;

    public DistributorLine(Distributor distributor, Guide currentGuide, Guide heir) {
        this.distributor = distributor;
        this.currentGuide = currentGuide;
        this.heir = heir;
    }

    public Distributor getDistributor() {
        return distributor;
    }

    public Guide getCurrentGuide() {
        return currentGuide;
    }

    public Guide getHeir() {
        return heir;
    }
}
