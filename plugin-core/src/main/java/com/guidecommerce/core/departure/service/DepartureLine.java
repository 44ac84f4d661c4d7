package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;

/** One member of a departing guide and the heir they go to. */
public final class DepartureLine {

    private final Customer member;
    private final Guide currentGuide;
    private final Guide heir;

    public DepartureLine(Customer member, Guide currentGuide, Guide heir) {
        this.member = member;
        this.currentGuide = currentGuide;
        this.heir = heir;
    }

    public Customer getMember() {
        return member;
    }

    public Guide getCurrentGuide() {
        return currentGuide;
    }

    public Guide getHeir() {
        return heir;
    }
}
