package com.guidecommerce.core.departure.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tiny fixtures for the heir rules: guides of store 1 unless said otherwise, and members by id. */
final class Guides {

    static final long STORE = 1L;
    static final long OTHER_STORE = 2L;

    private Guides() {
    }

    static GuideSummary guide(long id, String code) {
        return new GuideSummary(id, code, STORE, false, true);
    }

    static GuideSummary manager(long id, String code) {
        return new GuideSummary(id, code, STORE, true, true);
    }

    static GuideSummary inactive(GuideSummary guide) {
        return new GuideSummary(guide.getId(), guide.getCode(), guide.getStoreId(), guide.isStoreManager(), false);
    }

    static GuideSummary elsewhere(long id, String code) {
        return new GuideSummary(id, code, OTHER_STORE, false, true);
    }

    static List<GuideSummary> store(GuideSummary... guides) {
        return Arrays.asList(guides);
    }

    /** Members with ids {@code 101, 102, ...}, none of them a guide's own account. */
    static List<DepartingMember> members(int count) {
        List<DepartingMember> members = new ArrayList<DepartingMember>();
        for (int i = 1; i <= count; i++) {
            members.add(new DepartingMember(100 + i, "member" + i, null));
        }
        return members;
    }

    static DepartingMember accountOf(GuideSummary guide, long memberId) {
        return new DepartingMember(memberId, "account-of-" + guide.getCode(), guide.getId());
    }

    /** The heir codes of the assignments, in order. */
    static List<String> heirCodes(List<HeirAssignment> assignments) {
        List<String> codes = new ArrayList<String>();
        for (HeirAssignment assignment : assignments) {
            codes.add(assignment.getHeir().getCode());
        }
        return codes;
    }
}
