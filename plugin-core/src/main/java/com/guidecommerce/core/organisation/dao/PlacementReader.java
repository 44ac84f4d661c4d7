package com.guidecommerce.core.organisation.dao;

import com.guidecommerce.core.common.jdbc.Sql;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.service.OrganisationUnit;
import com.guidecommerce.core.organisation.service.Placement;
import com.guidecommerce.core.organisation.service.UnitName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the organisation in bulk for boards: every active guide's and store's placement in one query each (tens of
 * thousands of rows), and names by id a few hundred keys per query.
 */
public class PlacementReader {

    private static final String PLACEMENT = "s.STORE_ID, s.REGION_ID, s.FRANCHISEE_ID, s.TIME_ZONE";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public PlacementReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Active guides, by id. */
    public List<Placement> activeGuides() {
        return jdbc.query("SELECT g.GUIDE_ID, " + PLACEMENT + " FROM GC_GUIDE g JOIN GC_STORE s"
                + " ON s.STORE_ID = g.STORE_ID WHERE g.STATUS = ? ORDER BY g.GUIDE_ID", ROW,
                GuideStatus.ACTIVE.getType());
    }

    /** Active stores, by id. */
    public List<Placement> activeStores() {
        return jdbc.query("SELECT s.STORE_ID, " + PLACEMENT + " FROM GC_STORE s WHERE s.ACTIVE = ?"
                + " ORDER BY s.STORE_ID", ROW, Boolean.TRUE);
    }

    public Map<Long, UnitName> names(OrganisationUnit unit, Collection<Long> ids) {
        final Map<Long, UnitName> names = new HashMap<Long, UnitName>();
        List<Long> distinct = new ArrayList<Long>(new LinkedHashSet<Long>(ids));
        distinct.remove(null);
        for (List<Long> chunk : Sql.chunks(distinct)) {
            named.query("SELECT " + unit.getIdColumn() + ", " + unit.getCodeColumn() + ", NAME FROM " + unit.getTable()
                    + " WHERE " + unit.getIdColumn() + " IN (:ids)", new MapSqlParameterSource("ids", chunk),
                    new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            names.put(rs.getLong(1), new UnitName(rs.getLong(1), rs.getString(2), rs.getString(3)));
                        }
                    });
        }
        return names;
    }

    private static final RowMapper<Placement> ROW = new RowMapper<Placement>() {
        @Override
        public Placement mapRow(ResultSet rs, int row) throws SQLException {
            return new Placement(rs.getLong(1), rs.getLong(2), Sql.toLong(rs.getObject(3)),
                    Sql.toLong(rs.getObject(4)), rs.getString(5));
        }
    };
}
