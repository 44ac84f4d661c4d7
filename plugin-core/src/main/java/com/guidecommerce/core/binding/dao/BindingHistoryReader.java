package com.guidecommerce.core.binding.dao;

import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingHistories;
import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Reads many members' binding histories with one set-based query per few hundred members (for bulk callers). */
public class BindingHistoryReader {

    private final NamedParameterJdbcTemplate named;

    public BindingHistoryReader(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public BindingHistories read(Collection<Long> customerIds) {
        final Map<Long, List<BindingHistories.Change>> changes = new HashMap<Long, List<BindingHistories.Change>>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(new LinkedHashSet<Long>(customerIds)))) {
            named.query("SELECT CUSTOMER_ID, GUIDE_ID, ACTION, OCCURRED_AT, BINDING_RECORD_ID FROM GC_BINDING_HISTORY"
                    + " WHERE CUSTOMER_ID IN (:ids) ORDER BY OCCURRED_AT, BINDING_RECORD_ID",
                    new MapSqlParameterSource("ids", chunk), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            Long customer = rs.getLong(1);
                            if (!changes.containsKey(customer)) {
                                changes.put(customer, new ArrayList<BindingHistories.Change>());
                            }
                            changes.get(customer).add(new BindingHistories.Change(rs.getTimestamp(4),
                                    Sql.toLong(rs.getObject(2)), rs.getLong(5),
                                    BindingAction.RELEASED.getType().equals(rs.getString(3))));
                        }
                    });
        }
        return new BindingHistories(changes);
    }

    /** Bindings made in {@code [from, to)}, oldest first; first-ever when the member has no earlier history record. */
    public List<NewBinding> bindingsMade(Date from, Date to) {
        final List<NewBinding> made = new ArrayList<NewBinding>();
        MapSqlParameterSource params = new MapSqlParameterSource("from", Sql.timestamp(from))
                .addValue("to", Sql.timestamp(to))
                .addValue("actions", Arrays.asList(BindingAction.BOUND.getType(), BindingAction.REBOUND.getType(),
                        BindingAction.TRANSFERRED.getType()));
        named.query("SELECT h.GUIDE_ID, h.CUSTOMER_ID, h.SOURCE, h.OCCURRED_AT, (SELECT COUNT(*) FROM"
                + " GC_BINDING_HISTORY e WHERE e.CUSTOMER_ID = h.CUSTOMER_ID AND (e.OCCURRED_AT < h.OCCURRED_AT"
                + " OR (e.OCCURRED_AT = h.OCCURRED_AT AND e.BINDING_RECORD_ID < h.BINDING_RECORD_ID)))"
                + " FROM GC_BINDING_HISTORY h WHERE h.OCCURRED_AT >= :from AND h.OCCURRED_AT < :to"
                + " AND h.ACTION IN (:actions) AND h.GUIDE_ID IS NOT NULL ORDER BY h.OCCURRED_AT, h.BINDING_RECORD_ID",
                params, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        made.add(new NewBinding(rs.getLong(1), rs.getLong(2), BindingSource.getInstance(rs.getString(3)),
                                rs.getLong(5) == 0, new Date(rs.getTimestamp(4).getTime())));
                    }
                });
        return made;
    }
}
