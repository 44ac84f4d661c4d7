package com.guidecommerce.core.departure.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Members are dealt in turn to the other active guides of the departing guide's store (manager included), in
 * guide-code order, so the same handover always gives the same result. With a capacity, no heir takes more than that
 * many of the departing guide's members (what heirs already had does not count); when the heirs together have too
 * few places, nobody is assigned and the error says how many members are left over. A member whose account is an
 * heir's own storefront login skips that heir (nobody inherits themselves).
 */
public class RoundRobinHeirRule implements HeirRule {

    private static final Comparator<GuideSummary> BY_CODE = new Comparator<GuideSummary>() {
        @Override
        public int compare(GuideSummary a, GuideSummary b) {
            return a.getCode().compareTo(b.getCode());
        }
    };

    private final String storeCode;
    private final List<GuideSummary> storeGuides;
    private final Integer capacity;

    /**
     * @param storeCode   the departing guide's store, for error messages
     * @param storeGuides every guide of that store, the departing one included
     * @param capacity    the most members one heir takes, or {@code null} for no limit
     */
    public RoundRobinHeirRule(String storeCode, List<GuideSummary> storeGuides, Integer capacity) {
        if (capacity != null && capacity < 1) {
            throw new DepartureException(DepartureError.INVALID_CAPACITY, capacity);
        }
        this.storeCode = storeCode;
        this.storeGuides = storeGuides;
        this.capacity = capacity;
    }

    @Override
    public List<HeirAssignment> assign(GuideSummary departing, List<DepartingMember> members) {
        List<GuideSummary> heirs = heirsOf(departing);
        if (capacity != null && members.size() > (long) heirs.size() * capacity) {
            long places = (long) heirs.size() * capacity;
            throw new DepartureException(DepartureError.CAPACITY_EXCEEDED, members.size() - places, members.size(),
                    heirs.size(), capacity, places);
        }
        int[] taken = new int[heirs.size()];
        int next = 0;
        HeirAssignment[] assignments = new HeirAssignment[members.size()];
        for (int index : guideAccountsFirst(members)) {
            DepartingMember member = members.get(index);
            int chosen = nextHeirWithRoom(heirs, taken, next, member);
            taken[chosen]++;
            next = (chosen + 1) % heirs.size();
            assignments[index] = new HeirAssignment(member.getMemberId(), heirs.get(chosen));
        }
        return Arrays.asList(assignments);
    }

    /**
     * Member positions, guides' own accounts first: each of them cannot go to one heir, and dealing them while the
     * heirs still have room keeps a tight capacity from leaving one of them with nobody but their own guide. (Only
     * when several heirs' own accounts fill a capacity of one exactly can that still happen; the error names the
     * member.)
     */
    private static List<Integer> guideAccountsFirst(List<DepartingMember> members) {
        List<Integer> order = new ArrayList<Integer>(members.size());
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).isGuideAccount()) {
                order.add(i);
            }
        }
        for (int i = 0; i < members.size(); i++) {
            if (!members.get(i).isGuideAccount()) {
                order.add(i);
            }
        }
        return order;
    }

    /**
     * The first colleague by guide code, with whom the deal starts: the same guide however many members there are,
     * so HQ can tell who it is before anything is dealt.
     */
    @Override
    public GuideSummary primaryHeir(GuideSummary departing) {
        return heirsOf(departing).get(0);
    }

    /** The active colleagues in guide-code order; never empty. */
    private List<GuideSummary> heirsOf(GuideSummary departing) {
        List<GuideSummary> heirs = new ArrayList<GuideSummary>();
        for (GuideSummary guide : storeGuides) {
            if (guide.isActive() && guide.isColleagueOf(departing)) {
                heirs.add(guide);
            }
        }
        if (heirs.isEmpty()) {
            throw new DepartureException(DepartureError.NO_ACTIVE_COLLEAGUES, storeCode, departing.getCode());
        }
        Collections.sort(heirs, BY_CODE);
        return heirs;
    }

    private int nextHeirWithRoom(List<GuideSummary> heirs, int[] taken, int from, DepartingMember member) {
        GuideSummary ownAccountHeir = null;
        for (int k = 0; k < heirs.size(); k++) {
            int i = (from + k) % heirs.size();
            if (capacity != null && taken[i] >= capacity) {
                continue;
            }
            if (member.isAccountOf(heirs.get(i))) {
                ownAccountHeir = heirs.get(i);
                continue;
            }
            return i;
        }
        // There is room for every member (checked above), so only the member's own guide can be left.
        throw new DepartureException(DepartureError.HEIR_OWNS_MEMBER_ACCOUNT, member.getName(),
                ownAccountHeir == null ? "?" : ownAccountHeir.getCode());
    }
}
