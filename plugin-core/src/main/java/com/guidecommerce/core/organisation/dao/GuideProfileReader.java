package com.guidecommerce.core.organisation.dao;

import com.guidecommerce.core.common.jdbc.Sql;
import com.guidecommerce.core.organisation.service.GuideProfile;
import com.guidecommerce.core.organisation.service.Placement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads guides with their store's franchisee in bulk: a join of guides, stores and franchisees per few hundred keys. */
public class GuideProfileReader {

    private final NamedParameterJdbcTemplate named;

    public GuideProfileReader(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public List<GuideProfile> byIds(Collection<Long> ids) {
        return read("g.GUIDE_ID", ids);
    }

    /** @param codes guide codes as stored (upper case) */
    public List<GuideProfile> byCodes(Collection<String> codes) {
        return read("g.GUIDE_CODE", codes);
    }

    /** Where these guides work: store, region, franchisee and the store's time zone. */
    public List<Placement> placesByIds(Collection<Long> ids) {
        final List<Placement> places = new ArrayList<Placement>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(new LinkedHashSet<Long>(ids)))) {
            named.query("SELECT g.GUIDE_ID, s.STORE_ID, s.REGION_ID, s.FRANCHISEE_ID, s.TIME_ZONE"
                    + " FROM GC_GUIDE g JOIN GC_STORE s ON s.STORE_ID = g.STORE_ID WHERE g.GUIDE_ID IN (:keys)",
                    new MapSqlParameterSource("keys", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            places.add(new Placement(rs.getLong(1), rs.getLong(2), Sql.toLong(rs.getObject(3)),
                                    Sql.toLong(rs.getObject(4)), rs.getString(5)));
                        }
                    });
        }
        return places;
    }

    private <K> List<GuideProfile> read(String column, Collection<K> keys) {
        final List<GuideProfile> profiles = new ArrayList<GuideProfile>();
        for (List<K> chunk : Sql.chunks(new ArrayList<K>(new LinkedHashSet<K>(keys)))) {
            named.query("SELECT g.GUIDE_ID, g.GUIDE_CODE, g.NAME, g.TIER, g.STATUS, f.FRANCHISEE_ID, f.CODE, f.NAME,"
                    + " g.CUSTOMER_ID"
                    + " FROM GC_GUIDE g JOIN GC_STORE s ON s.STORE_ID = g.STORE_ID"
                    + " LEFT JOIN GC_FRANCHISEE f ON f.FRANCHISEE_ID = s.FRANCHISEE_ID WHERE " + column + " IN (:keys)",
                    new MapSqlParameterSource("keys", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            // HQ-direct stores have no franchisee.
                            profiles.add(new GuideProfile(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), Sql.toLong(rs.getObject(6)), rs.getString(7),
                                    rs.getString(8), Sql.toLong(rs.getObject(9))));
                        }
                    });
        }
        return profiles;
    }
}
