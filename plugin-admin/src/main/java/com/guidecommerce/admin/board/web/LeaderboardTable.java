package com.guidecommerce.admin.board.web;

import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.service.BoardEntry;
import com.guidecommerce.core.board.service.Leaderboard;
import com.guidecommerce.core.organisation.service.Placement;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.OrganisationUnit;
import com.guidecommerce.core.organisation.service.UnitName;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A leaderboard's entries as HQ's page lists them: each guide with the store and region they work in now, each store
 * with its region, read in bulk through the organisation service. Bean {@code gcLeaderboardTable}.
 */
public class LeaderboardTable {

    /** How a value reads on the page. */
    public interface ValueFormat {
        String format(BigDecimal value);
    }

    private final OrganisationService organisationService;

    public LeaderboardTable(OrganisationService organisationService) {
        this.organisationService = organisationService;
    }

    public List<LeaderboardRow> rows(Leaderboard board, ValueFormat format) {
        List<Long> ids = new ArrayList<Long>();
        for (BoardEntry entry : board.getEntries()) {
            ids.add(entry.getSubjectId());
        }
        Map<Long, Long[]> places = board.getSubjectKind() == SubjectKind.GUIDE ? guidePlaces(ids) : storePlaces(ids);
        Set<Long> storeIds = new HashSet<Long>();
        Set<Long> regionIds = new HashSet<Long>();
        for (Long[] place : places.values()) {
            add(storeIds, place[0]);
            add(regionIds, place[1]);
        }
        Map<Long, UnitName> stores = organisationService.findNames(OrganisationUnit.STORE, storeIds);
        Map<Long, UnitName> regions = organisationService.findNames(OrganisationUnit.REGION, regionIds);
        boolean guides = board.getSubjectKind() == SubjectKind.GUIDE;
        List<LeaderboardRow> rows = new ArrayList<LeaderboardRow>();
        for (BoardEntry entry : board.getEntries()) {
            Long[] place = places.get(entry.getSubjectId());
            UnitName store = guides && place != null ? stores.get(place[0]) : null;
            UnitName region = place == null ? null : regions.get(place[1]);
            rows.add(new LeaderboardRow(entry.getRank(), entry.getCode(), entry.getName(), code(store), name(store),
                    code(region), name(region), entry.getValue(), format.format(entry.getValue())));
        }
        return rows;
    }

    /** Guide id to {store id, region id}. */
    private Map<Long, Long[]> guidePlaces(List<Long> guideIds) {
        Map<Long, Long[]> places = new HashMap<Long, Long[]>();
        for (Placement place : organisationService.findGuidePlaces(guideIds).values()) {
            places.put(place.getId(), new Long[] {place.getStoreId(), place.getRegionId()});
        }
        return places;
    }

    /** Store id to {store id, region id}, for the active stores among them. */
    private Map<Long, Long[]> storePlaces(List<Long> storeIds) {
        Set<Long> wanted = new HashSet<Long>(storeIds);
        Map<Long, Long[]> places = new HashMap<Long, Long[]>();
        for (Placement place : organisationService.findActiveStorePlacements()) {
            if (wanted.contains(place.getStoreId())) {
                places.put(place.getStoreId(), new Long[] {place.getStoreId(), place.getRegionId()});
            }
        }
        return places;
    }

    private static void add(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static String code(UnitName name) {
        return name == null ? null : name.getCode();
    }

    private static String name(UnitName name) {
        return name == null ? null : name.getName();
    }
}
