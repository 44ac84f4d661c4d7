package com.guidecommerce.core.departure.rule;

import java.util.List;

/** Every member goes to one active guide HQ names, who may work in any store. */
public class NamedGuideHeirRule implements HeirRule {

    private final GuideSummary heir;

    public NamedGuideHeirRule(GuideSummary heir) {
        this.heir = heir;
    }

    @Override
    public List<HeirAssignment> assign(GuideSummary departing, List<DepartingMember> members) {
        return SingleHeir.assignAll(members, primaryHeir(departing));
    }

    @Override
    public GuideSummary primaryHeir(GuideSummary departing) {
        if (heir.getId() == departing.getId()) {
            throw new DepartureException(DepartureError.NAMED_GUIDE_IS_DEPARTING, heir.getCode());
        }
        if (!heir.isActive()) {
            throw new DepartureException(DepartureError.NAMED_GUIDE_NOT_ACTIVE, heir.getCode());
        }
        return heir;
    }
}
