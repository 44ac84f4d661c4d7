package com.guidecommerce.core.mallorder.service;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Describes a submitted Broadleaf order as the own mall's ORDER_PAID channel event: one line per order item with what
 * was actually paid for it — the item's total after item discounts, less its share of order-level discounts (spread in
 * proportion to the items' totals, rounded to the fen, the last line taking the remainder so the lines add up to what
 * the order paid for merchandise). Shipping and tax are not commission base.
 */
final class OwnMallEvents {

    private OwnMallEvents() {
    }

    static ChannelEvent paid(Order order, String shareCode, Date sharedAt, Date paidAt) {
        ChannelEvent.Builder event = ChannelEvent.builder(EventType.ORDER_PAID, orderNo(order))
                .occurredAt(paidAt)
                .currency(order.getCurrency() == null ? "CNY" : order.getCurrency().getCurrencyCode())
                .memberNo(String.valueOf(order.getCustomer().getId()))
                .share(shareCode, sharedAt);
        List<DiscreteOrderItem> items = order.getDiscreteOrderItems();
        BigDecimal itemsTotal = BigDecimal.ZERO;
        for (DiscreteOrderItem item : items) {
            itemsTotal = itemsTotal.add(amount(item.getTotalPrice()));
        }
        BigDecimal discount = amount(order.getOrderAdjustmentsValue()).min(itemsTotal);
        BigDecimal discountLeft = discount;
        for (int i = 0; i < items.size(); i++) {
            DiscreteOrderItem item = items.get(i);
            BigDecimal total = amount(item.getTotalPrice());
            BigDecimal share = i == items.size() - 1 || itemsTotal.signum() == 0 ? discountLeft
                    : discount.multiply(total).divide(itemsTotal, 2, RoundingMode.HALF_UP).min(discountLeft);
            discountLeft = discountLeft.subtract(share);
            Product product = item.getProduct();
            Category category = product == null ? null : product.getDefaultCategory();
            event.line(new EventLine(String.valueOf(item.getId()),
                    item.getSku() == null ? null : String.valueOf(item.getSku().getId()),
                    product == null ? null : product.getId(), category == null ? null : category.getId(),
                    item.getName(), item.getQuantity(), total.subtract(share).max(BigDecimal.ZERO)));
        }
        return event.build();
    }

    static ChannelEvent completed(Order order, Date completedAt) {
        return ChannelEvent.builder(EventType.ORDER_COMPLETED, orderNo(order)).occurredAt(completedAt).build();
    }

    static String orderNo(Order order) {
        return order.getOrderNumber() != null ? order.getOrderNumber() : String.valueOf(order.getId());
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount().setScale(2, RoundingMode.HALF_UP);
    }
}
