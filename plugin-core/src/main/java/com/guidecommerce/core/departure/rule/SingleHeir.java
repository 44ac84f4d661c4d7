package com.guidecommerce.core.departure.rule;

import java.util.ArrayList;
import java.util.List;

/** Hands every member to one heir. */
final class SingleHeir {

    private SingleHeir() {
    }

    static List<HeirAssignment> assignAll(List<DepartingMember> members, GuideSummary heir) {
        List<HeirAssignment> assignments = new ArrayList<HeirAssignment>(members.size());
        for (DepartingMember member : members) {
            if (member.isAccountOf(heir)) {
                throw new DepartureException(DepartureError.HEIR_OWNS_MEMBER_ACCOUNT, member.getName(), heir.getCode());
            }
            assignments.add(new HeirAssignment(member.getMemberId(), heir));
        }
        return assignments;
    }
}
