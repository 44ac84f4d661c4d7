package com.guidecommerce.core.channel.dao;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventJson;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.service.OrderRefund;
import com.guidecommerce.core.common.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads the refunds applied to members' channel orders from the stored deliveries (GC_CHANNEL_EVENT), whose payload
 * holds the refund's time and amounts, joined to their orders (GC_CHANNEL_ORDER). Bean {@code gcOrderRefundReader}.
 */
public class OrderRefundReader {

    private static final String SELECT = "SELECT e.EVENT_ID, o.CHANNEL_ORDER_ID, o.CHANNEL_CODE, o.CUSTOMER_ID, o.PAID_AT,"
            + " e.PAYLOAD FROM GC_CHANNEL_EVENT e JOIN GC_CHANNEL_ORDER o ON o.CHANNEL_CODE = e.CHANNEL_CODE"
            + " AND o.ORDER_NO = e.ORDER_NO WHERE e.EVENT_TYPE = 'REFUND' AND e.STATUS = 'APPLIED'"
            + " AND o.CUSTOMER_ID IS NOT NULL AND ";

    private final NamedParameterJdbcTemplate named;

    public OrderRefundReader(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The refunds of these orders (of identified buyers), in the order they were applied. */
    public List<OrderRefund> ofOrders(Collection<Long> orderIds) {
        List<OrderRefund> refunds = new ArrayList<OrderRefund>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(new LinkedHashSet<Long>(orderIds)))) {
            refunds.addAll(read("o.CHANNEL_ORDER_ID IN (:ids) ORDER BY e.EVENT_ID", new MapSqlParameterSource("ids",
                    chunk)));
        }
        return refunds;
    }

    /** The refunds of identified buyers' orders whose deliveries arrived at or after {@code receivedSince}. */
    public List<OrderRefund> receivedSince(Date receivedSince) {
        return read("e.RECEIVED_AT >= :since ORDER BY e.EVENT_ID", new MapSqlParameterSource("since",
                Sql.timestamp(receivedSince)));
    }

    private List<OrderRefund> read(String condition, MapSqlParameterSource params) {
        final List<OrderRefund> refunds = new ArrayList<OrderRefund>();
        named.query(SELECT + condition, params, new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                ChannelEvent event = EventJson.parse(rs.getString(6)).getEvent();
                BigDecimal amount = BigDecimal.ZERO;
                for (EventLine line : event.getLines()) {
                    amount = amount.add(line.getAmount());
                }
                refunds.add(new OrderRefund(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        new Date(rs.getTimestamp(5).getTime()), event.getOccurredAt(), amount));
            }
        });
        return refunds;
    }
}
