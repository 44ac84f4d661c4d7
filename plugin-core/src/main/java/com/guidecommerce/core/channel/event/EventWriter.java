package com.guidecommerce.core.channel.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Writes a {@link ChannelEvent} as the JSON a channel sends ({@link EventJson} reads it back): how events built from CSV
 * rows and checkouts are stored raw, so every source goes through the same validation.
 */
public final class EventWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Times in UTC to the millisecond, with their offset ({@code Z}). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    private EventWriter() {
    }

    /** The JSON a channel would have sent for this event. */
    public static String write(ChannelEvent event) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", event.getType().name());
        root.put("orderNo", event.getOrderNo());
        if (event.getRefundNo() != null) {
            root.put("refundNo", event.getRefundNo());
        }
        root.put("occurredAt", format(event.getOccurredAt()));
        if (event.getType() == EventType.ORDER_PAID) {
            root.put("currency", event.getCurrency());
            ObjectNode buyer = root.putObject("buyer");
            putIfSet(buyer, "memberNo", event.getMemberNo());
            putIfSet(buyer, "phone", event.getPhone());
            putIfSet(buyer, "buyerId", event.getBuyerId());
            putIfSet(root, "storeCode", event.getStoreCode());
            if (event.getShareCode() != null) {
                ObjectNode share = root.putObject("share");
                share.put("code", event.getShareCode());
                if (event.getSharedAt() != null) {
                    share.put("sharedAt", format(event.getSharedAt()));
                }
            }
        }
        if (!event.getLines().isEmpty()) {
            ArrayNode lines = root.putArray("lines");
            for (EventLine line : event.getLines()) {
                ObjectNode node = lines.addObject();
                node.put("lineNo", line.getLineNo());
                if (event.getType() == EventType.REFUND) {
                    node.put("amount", line.getAmount().toPlainString());
                    continue;
                }
                putIfSet(node, "sku", line.getSku());
                if (line.getProductId() != null) {
                    node.put("productId", line.getProductId());
                }
                if (line.getCategoryId() != null) {
                    node.put("categoryId", line.getCategoryId());
                }
                putIfSet(node, "name", line.getName());
                node.put("quantity", line.getQuantity());
                node.put("paidAmount", line.getAmount().toPlainString());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event tree always serialises", e);
        }
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String format(Date date) {
        return TIME.format(date.toInstant());
    }
}
