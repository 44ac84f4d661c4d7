package com.guidecommerce.core.channel.event;

import com.guidecommerce.core.common.Note;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consecutive CSV rows of one event ({@link CsvEvents}): their row numbers, the event built from them, or the
 * reasons it was rejected, each naming its row and column.
 */
public final class EventRows {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)\\](?:\\.(\\w+))?");

    private final String typeText;
    private final String orderNo;
    private final String refundNo;
    private final List<CsvEvents.Row> rows = new ArrayList<CsvEvents.Row>();
    private final List<Note> reasons = new ArrayList<Note>();
    private EventType type;
    private ChannelEvent event;

    EventRows(String typeText, String orderNo, String refundNo) {
        this.typeText = typeText;
        this.orderNo = orderNo;
        this.refundNo = refundNo;
    }

    boolean sameEvent(CsvEvents.Row row) {
        return typeText != null && typeText.equalsIgnoreCase(row.text("type"))
                && Objects.equals(orderNo, row.text("orderNo")) && Objects.equals(refundNo, row.text("refundNo"));
    }

    void add(CsvEvents.Row row) {
        rows.add(row);
    }

    void build() {
        type = typeOf(typeText);
        ChannelEvent.Builder builder = ChannelEvent.builder(type, orderNo).refundNo(refundNo);
        builder.occurredAt(orderValue("occurredAt") == null ? null : rows.get(0).instant("occurredAt"));
        if (type == EventType.ORDER_PAID) {
            readOrder(builder);
        }
        if (type == EventType.ORDER_PAID || type == EventType.REFUND) {
            for (CsvEvents.Row row : rows) {
                builder.line(line(row));
            }
        }
        for (CsvEvents.Row row : rows) {
            if (row.problem != null) {
                reasons.add(EventProblem.AT_ROW.note(row.number, row.problem));
            }
        }
        if (type == null) {
            reasons.add(EventProblem.AT_ROW_FIELD.note(firstRow(), "type", typeText == null
                    ? EventProblem.REQUIRED.note() : EventProblem.UNKNOWN_TYPE.note(typeText)));
        }
        if (!reasons.isEmpty()) {
            return;
        }
        ChannelEvent built = builder.build();
        for (FieldError error : EventJson.validate(built)) {
            reasons.add(describe(error));
        }
        event = reasons.isEmpty() ? built : null;
    }

    private void readOrder(ChannelEvent.Builder builder) {
        CsvEvents.Row first = rows.get(0);
        String currency = orderValue("currency");
        if (currency != null) {
            builder.currency(currency);
        }
        builder.memberNo(orderValue("memberNo")).phone(orderValue("phone")).buyerId(orderValue("buyerId"))
                .storeCode(orderValue("storeCode"));
        String shareCode = orderValue("shareCode");
        if (shareCode != null || orderValue("sharedAt") != null) {
            builder.share(shareCode, first.instant("sharedAt"));
        }
    }

    private EventLine line(CsvEvents.Row row) {
        BigDecimal amount = row.decimal("amount");
        if (type == EventType.REFUND) {
            return EventLine.refund(row.text("lineNo"), amount);
        }
        Long quantity = row.whole("quantity");
        if (quantity != null && (quantity < 1 || quantity > Integer.MAX_VALUE)) {
            row.problem = row.problem != null ? row.problem : EventProblem.CELL_NOT_QUANTITY.note();
        }
        return new EventLine(row.text("lineNo"), row.text("sku"), row.whole("productId"), row.whole("categoryId"),
                row.text("name"), quantity == null ? 1 : quantity.intValue(), amount);
    }

    /**
     * An order-level value: it may repeat on every row or stand on the first row only, but rows must not disagree.
     * Moves the value to the first row so the parsing helpers read it there.
     */
    private String orderValue(String column) {
        String value = null;
        for (CsvEvents.Row row : rows) {
            String text = row.text(column);
            if (text == null) {
                continue;
            }
            if (value == null) {
                value = text;
            } else if (!value.equals(text) && row.problem == null) {
                row.problem = EventProblem.CELL_DIFFERS.note(column, text, value);
            }
        }
        if (value != null && rows.get(0).text(column) == null) {
            rows.get(0).set(column, value);
        }
        return value;
    }

    private Note describe(FieldError error) {
        Matcher line = LINE_FIELD.matcher(error.getField());
        if (line.matches()) {
            int index = Integer.parseInt(line.group(1));
            String column = line.group(2) == null ? "lineNo" : column(line.group(2));
            int row = index < rows.size() ? rows.get(index).number : firstRow();
            return EventProblem.AT_ROW_FIELD.note(row, column, error.getProblem());
        }
        String column = "lines".equals(error.getField()) ? "lineNo, amount" : column(error.getField());
        return EventProblem.AT_ROW_FIELD.note(firstRow(), column, error.getProblem());
    }

    private static String column(String jsonField) {
        switch (jsonField) {
            case "paidAmount":
                return "amount";
            case "buyer.memberNo":
                return "memberNo";
            case "buyer.phone":
                return "phone";
            case "buyer.buyerId":
                return "buyerId";
            case "share.code":
                return "shareCode";
            case "share.sharedAt":
                return "sharedAt";
            default:
                return jsonField;
        }
    }

    private static EventType typeOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            return EventType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private int firstRow() {
        return rows.get(0).number;
    }

    /** The file's row numbers of this event (the header is row 1). */
    public List<Integer> getRowNumbers() {
        List<Integer> numbers = new ArrayList<Integer>();
        for (CsvEvents.Row row : rows) {
            numbers.add(row.number);
        }
        return numbers;
    }

    public String getOrderNo() {
        return orderNo;
    }

    /** The event's natural key, when its type and order number could be read. */
    public String getKey() {
        if (type == null || orderNo == null || (type == EventType.REFUND && refundNo == null)) {
            return null;
        }
        return ChannelKeys.canonical(type == EventType.REFUND ? type.name() + ":" + orderNo + ":" + refundNo
                : type.name() + ":" + orderNo);
    }

    public boolean isValid() {
        return event != null;
    }

    /** The event, or {@code null} when rejected. */
    public ChannelEvent getEvent() {
        return event;
    }

    /** Why the event was rejected, each reason naming its row, in English; empty when valid. */
    public List<String> getReasons() {
        List<String> english = new ArrayList<String>();
        for (Note reason : reasons) {
            english.add(EventProblem.english(reason));
        }
        return english;
    }

    /** The reasons in one line, in English. */
    public String describeReasons() {
        return String.join("; ", getReasons());
    }

    /** The reasons as notes ({@link EventProblem}), for HQ in the admin's language; empty when valid. */
    public List<Note> getProblems() {
        return Collections.unmodifiableList(reasons);
    }
}
