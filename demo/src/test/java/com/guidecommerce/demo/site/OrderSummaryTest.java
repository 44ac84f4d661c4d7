package com.guidecommerce.demo.site;

import com.guidecommerce.core.channel.service.PaidOrder;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderSummaryTest {

    /** 2026-11-30 16:30 UTC: already 1 December in Shanghai. */
    private static final Date LAST_EVENING_OF_NOVEMBER_UTC = new Date(1_796_056_200_000L);

    @Test
    void shouldShowWhenTheOrderWasPlacedInHqsZoneWhateverTheServersZone() {
        TimeZone serverZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

            OrderSummary order = summary(LAST_EVENING_OF_NOVEMBER_UTC, "SUBMITTED", ZoneId.of("Asia/Shanghai"));

            assertEquals("2026-12-01 00:30", order.getPlacedAt());
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }

    @Test
    void shouldLabelTheStatusesAShopperSees() {
        assertEquals("account.status.SUBMITTED", summary(null, "SUBMITTED", ZoneId.of("UTC")).getStatusKey());
        assertEquals("account.status.CANCELLED", summary(null, "CANCELLED", ZoneId.of("UTC")).getStatusKey());
        assertEquals("account.status.OTHER", summary(null, "CSR_OWNED", ZoneId.of("UTC")).getStatusKey());
        assertEquals("account.status.OTHER", summary(null, null, ZoneId.of("UTC")).getStatusKey());
    }

    @Test
    void shouldShowWhereAPlacedOrderStandsInItsChannel() {
        assertEquals("account.status.PAID", status("SUBMITTED", channelOrder("100.00", "0.00", null)));
        assertEquals("account.status.COMPLETED", status("SUBMITTED", channelOrder("100.00", "0.00", new Date(5L))));
        assertEquals("account.status.PARTLY_REFUNDED", status("SUBMITTED", channelOrder("100.00", "40.00", new Date(5L))));
        assertEquals("account.status.REFUNDED", status("SUBMITTED", channelOrder("100.00", "100.00", null)));
        assertEquals("account.status.SUBMITTED", status("SUBMITTED", null), "the channel has not recorded it yet");
        assertEquals("account.status.CANCELLED", status("CANCELLED", channelOrder("100.00", "0.00", null)));
    }

    private static String status(String status, PaidOrder channelOrder) {
        return new OrderSummary("O-1", null, status, channelOrder, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN,
                Collections.<OrderSummary.Line>emptyList(), Collections.<OrderSummary.Line>emptyList(),
                ZoneId.of("UTC")).getStatusKey();
    }

    private static PaidOrder channelOrder(String paid, String refunded, Date completedAt) {
        return new PaidOrder(7L, "OWN_MALL", "O-1", new Date(1L), new BigDecimal(paid), new BigDecimal(refunded),
                completedAt, null);
    }

    @Test
    void shouldOpenAnOrderOnlyToTheShopperWhoPlacedIt() {
        Order order = new OrderImpl();
        order.setCustomer(customer(7L));

        assertTrue(OrderSummary.belongsTo(order, customer(7L)));
        assertFalse(OrderSummary.belongsTo(order, customer(8L)));
        assertFalse(OrderSummary.belongsTo(order, customer(null)));
        assertFalse(OrderSummary.belongsTo(null, customer(7L)));
        assertFalse(OrderSummary.belongsTo(new OrderImpl(), customer(7L)));
    }

    private static OrderSummary summary(Date submitted, String status, ZoneId zone) {
        return new OrderSummary("O-1", submitted, status, null, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN,
                Collections.<OrderSummary.Line>emptyList(), Collections.<OrderSummary.Line>emptyList(), zone);
    }

    private static Customer customer(Long id) {
        Customer customer = new CustomerImpl();
        customer.setId(id);
        return customer;
    }
}
