package com.guidecommerce.core.distribution.dao;

import com.guidecommerce.core.common.jdbc.Sql;
import com.guidecommerce.core.distribution.service.DistributorProfile;
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

/** Reads distributors with their member's name in bulk, for the ledger: one join per few hundred keys. */
public class DistributorProfileReader {

    private final NamedParameterJdbcTemplate named;

    public DistributorProfileReader(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public List<DistributorProfile> byIds(Collection<Long> ids) {
        return read("d.DISTRIBUTOR_ID", ids);
    }

    /** @param codes distributor codes as stored (upper case) */
    public List<DistributorProfile> byCodes(Collection<String> codes) {
        return read("d.DISTRIBUTOR_CODE", codes);
    }

    private <K> List<DistributorProfile> read(String column, Collection<K> keys) {
        final List<DistributorProfile> profiles = new ArrayList<DistributorProfile>();
        for (List<K> chunk : Sql.chunks(new ArrayList<K>(new LinkedHashSet<K>(keys)))) {
            named.query("SELECT d.DISTRIBUTOR_ID, d.DISTRIBUTOR_CODE, c.FIRST_NAME, c.LAST_NAME, d.CUSTOMER_ID,"
                    + " d.GUIDE_ID, d.TIER, d.STATUS FROM GC_DISTRIBUTOR d"
                    + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = d.CUSTOMER_ID WHERE " + column + " IN (:keys)",
                    new MapSqlParameterSource("keys", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            String code = rs.getString(2);
                            profiles.add(new DistributorProfile(rs.getLong(1), code,
                                    displayName(rs.getString(3), rs.getString(4), code), rs.getLong(5),
                                    rs.getLong(6), rs.getString(7), rs.getString(8)));
                        }
                    });
        }
        return profiles;
    }

    /** The member's name as they gave it, or the distributor code when they gave none. */
    static String displayName(String firstName, String lastName, String code) {
        String first = firstName == null ? "" : firstName.trim();
        String last = lastName == null ? "" : lastName.trim();
        String name = (first + " " + last).trim();
        return name.isEmpty() ? code : name;
    }
}
