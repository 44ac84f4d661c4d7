package com.guidecommerce.core.common.time;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

/**
 * The one time rule: a time is shown in the time zone of the store it concerns (a guide's store, the store an order
 * names) and in HQ's zone ({@code gc.default.timezone}) where no store is concerned or the store is unknown. Bean
 * {@code gcStoreTimeZones}; a host may replace it to pick zones its own way.
 */
public class StoreTimeZones {

    private final JdbcTemplate jdbc;
    private final ZoneId defaultZone;

    public StoreTimeZones(JdbcTemplate jdbc, String defaultZone) {
        this.jdbc = jdbc;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /** HQ's zone, for what concerns no store. */
    public ZoneId getDefaultZone() {
        return defaultZone;
    }

    public DisplayTimes defaultTimes() {
        return new DisplayTimes(defaultZone);
    }

    /** The zone of the store with this code; HQ's when there is no such store. */
    public ZoneId ofStoreCode(String storeCode) {
        if (storeCode == null || storeCode.trim().isEmpty()) {
            return defaultZone;
        }
        return zone(jdbc.queryForList("SELECT TIME_ZONE FROM GC_STORE WHERE CODE = ?", String.class,
                storeCode.trim()));
    }

    /** The zone of the guide's store; HQ's when there is no such guide. */
    public ZoneId ofGuide(Long guideId) {
        if (guideId == null) {
            return defaultZone;
        }
        return zone(jdbc.queryForList("SELECT s.TIME_ZONE FROM GC_GUIDE g JOIN GC_STORE s ON s.STORE_ID = g.STORE_ID"
                + " WHERE g.GUIDE_ID = ?", String.class, guideId));
    }

    /**
     * The zone of a commission beneficiary: a guide's store's; HQ's for franchisees and distributors, whose stores
     * and members may lie in several zones.
     */
    public ZoneId ofBeneficiary(String beneficiaryType, Long beneficiaryId) {
        return "GUIDE".equals(beneficiaryType) ? ofGuide(beneficiaryId) : defaultZone;
    }

    /** The zone a store's configured zone id names; HQ's when it is missing or not a zone. */
    public ZoneId zoneOf(String timeZoneId) {
        return zone(Collections.singletonList(timeZoneId));
    }

    private ZoneId zone(List<String> found) {
        if (found.isEmpty() || found.get(0) == null) {
            return defaultZone;
        }
        try {
            return ZoneId.of(found.get(0));
        } catch (DateTimeException e) {
            // Store zones are checked when saved; one written by hand falls back rather than breaking a page.
            return defaultZone;
        }
    }
}
