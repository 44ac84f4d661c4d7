package com.guidecommerce.core.departure.rule;

import java.util.List;

/**
 * Chooses who inherits each member of a departing guide. Implementations are plain rules: they see summaries, never
 * entities, and either assign every member or throw a {@link DepartureException} saying what HQ must change first.
 */
public interface HeirRule {

    /**
     * @param departing the guide who leaves
     * @param members   the departing guide's members, in the order they are to be handed out
     * @return one assignment per member, in the order of {@code members}
     */
    List<HeirAssignment> assign(GuideSummary departing, List<DepartingMember> members);

    /**
     * The departure's primary heir: the guide who inherits what belongs to the departing guide but comes with none of
     * their members, namely their distributors who are not among the members handed over (a distributor who is also
     * one of the members follows that member's own heir instead). It is the one heir of every member when the rule
     * has one heir (store manager, named guide); for round robin it is the first heir the members are dealt to.
     * Asking needs no members: a guide with distributors but no members still has a primary heir, and a rule that
     * has nobody to inherit throws the same {@link DepartureException} as {@link #assign} would.
     */
    GuideSummary primaryHeir(GuideSummary departing);
}
