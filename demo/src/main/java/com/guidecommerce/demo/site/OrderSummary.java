package com.guidecommerce.demo.site;

import com.guidecommerce.core.channel.service.PaidOrder;
import com.guidecommerce.site.common.StoreDates;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import com.guidecommerce.core.points.workflow.PointsPaymentType;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * An own-mall order as the shopper's pages show it: placed at a minute of HQ's zone ({@code gc.default.timezone}, the
 * zone of the mall's own orders, whatever zone the server runs in), its status as a message key, and its lines. A
 * placed order's status is where its own-mall channel order stands (paid, completed, partly or wholly refunded), as
 * the channel feature answers it; an order the channel has not recorded stays "placed".
 */
public final class OrderSummary {

    static final String STATUS_PREFIX = "account.status.";
    private static final List<String> LABELLED_STATUSES = Arrays.asList(OrderStatus.SUBMITTED.getType(),
            OrderStatus.CANCELLED.getType(), OrderStatus.IN_PROCESS.getType());

    private final String orderNumber;
    private final String placedAt;
    private final String statusKey;
    private final BigDecimal subtotal;
    private final BigDecimal shipping;
    private final BigDecimal total;
    private final List<Line> lines;
    private final List<Line> adjustments;
    private BigDecimal byPoints = BigDecimal.ZERO;

    OrderSummary(String orderNumber, Date submitDate, String status, PaidOrder channelOrder, BigDecimal subtotal,
                 BigDecimal shipping, BigDecimal total, List<Line> lines, List<Line> adjustments, ZoneId zone) {
        this.orderNumber = orderNumber;
        this.placedAt = StoreDates.minute(submitDate, zone);
        this.statusKey = statusKey(status, channelOrder);
        this.subtotal = subtotal;
        this.shipping = shipping;
        this.total = total;
        this.lines = Collections.unmodifiableList(new ArrayList<Line>(lines));
        this.adjustments = Collections.unmodifiableList(new ArrayList<Line>(adjustments));
    }

    /**
     * The shopper's view of a submitted Broadleaf order, its times in {@code zone}; {@code channelOrder} is its own-mall
     * channel order, {@code null} while the channel has none.
     */
    public static OrderSummary of(Order order, PaidOrder channelOrder, ZoneId zone) {
        List<Line> lines = new ArrayList<Line>();
        for (OrderItem item : order.getOrderItems()) {
            lines.add(new Line(nameOf(item), item.getQuantity(), amount(item.getTotalPrice())));
        }
        // Broadleaf's order-level discounts (member days, birthday gifts, HQ's own offers), by the offer's message.
        List<Line> adjustments = new ArrayList<Line>();
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            Offer offer = adjustment.getOffer();
            String name = offer == null ? adjustment.getReason()
                    : offer.getMarketingMessage() != null ? offer.getMarketingMessage() : offer.getName();
            adjustments.add(new Line(name, 1, amount(adjustment.getValue())));
        }
        BigDecimal byPoints = BigDecimal.ZERO;
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive() && PointsPaymentType.GC_POINTS.equals(payment.getType())) {
                byPoints = byPoints.add(amount(payment.getAmount()));
            }
        }
        return new OrderSummary(order.getOrderNumber(), order.getSubmitDate(),
                order.getStatus() == null ? null : order.getStatus().getType(), channelOrder, amount(order.getSubTotal()),
                amount(order.getTotalFulfillmentCharges()), amount(order.getTotal()), lines, adjustments, zone).paidByPoints(byPoints);
    }

    /**
     * The product's name in the reader's language (Broadleaf translates the SKU's name); the order item keeps only the
     * name in the language it was put in the cart in.
     */
    private static String nameOf(OrderItem item) {
        if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null) {
            String name = ((DiscreteOrderItem) item).getSku().getName();
            if (name != null) {
                return name;
            }
        }
        return item.getName();
    }

    /** Whether {@code order} is {@code customer}'s own: nobody opens another shopper's order. */
    public static boolean belongsTo(Order order, Customer customer) {
        return order != null && customer != null && customer.getId() != null && order.getCustomer() != null
                && customer.getId().equals(order.getCustomer().getId());
    }

    /**
     * The message key of a placed order's progress in its channel, else of its Broadleaf status; statuses a shopper
     * never sees share one label.
     */
    static String statusKey(String status, PaidOrder channelOrder) {
        if (channelOrder != null && OrderStatus.SUBMITTED.getType().equals(status)) {
            return STATUS_PREFIX + channelOrder.getProgress().name();
        }
        return STATUS_PREFIX + (LABELLED_STATUSES.contains(status) ? status : "OTHER");
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    /** e.g. {@code 2026-03-02 01:30}, in the zone named on the page. */
    public String getPlacedAt() {
        return placedAt;
    }

    public String getStatusKey() {
        return statusKey;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getShipping() {
        return shipping;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public List<Line> getLines() {
        return lines;
    }

    private OrderSummary paidByPoints(BigDecimal amount) {
        this.byPoints = amount;
        return this;
    }

    /** What the member's points paid of the total (a Broadleaf payment of type GC_POINTS). */
    public BigDecimal getPaidByPoints() {
        return byPoints;
    }

    /** The order's discounts: each offer's message and the amount it took off. */
    public List<Line> getAdjustments() {
        return adjustments;
    }

    /** One product of the order. */
    public static final class Line {

        private final String name;
        private final int quantity;
        private final BigDecimal amount;

        Line(String name, int quantity, BigDecimal amount) {
            this.name = name;
            this.quantity = quantity;
            this.amount = amount;
        }

        public String getName() {
            return name;
        }

        public int getQuantity() {
            return quantity;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }
}
