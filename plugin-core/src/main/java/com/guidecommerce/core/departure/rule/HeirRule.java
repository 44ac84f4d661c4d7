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
}
