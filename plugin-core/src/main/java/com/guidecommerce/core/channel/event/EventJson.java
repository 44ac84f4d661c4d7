package com.guidecommerce.core.channel.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes the JSON form of a {@link ChannelEvent} (the ingest API's body), checking every field and reporting
 * each problem with its path ({@code lines[2].amount}) rather than stopping at the first. Unknown fields are ignored so
 * channels may send more than we read.
 */
public final class EventJson {

    /** Most lines one event may carry. */
    public static final int MAX_LINES = 500;
    private static final int MAX_TEXT = 64;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Numbers are read as written: a double would turn 100.0000000000000001 into 100.0 and accept it. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private EventJson() {
    }

    /** A parse's outcome: the event, or the reasons it was refused. */
    public static final class Parsed {

        private final ChannelEvent event;
        private final List<FieldError> errors;

        private Parsed(ChannelEvent event, List<FieldError> errors) {
            this.event = event;
            this.errors = errors;
        }

        public boolean isValid() {
            return errors.isEmpty();
        }

        public ChannelEvent getEvent() {
            return event;
        }

        public List<FieldError> getErrors() {
            return errors;
        }
    }

    public static Parsed parse(String body) {
        List<FieldError> errors = new ArrayList<FieldError>();
        JsonNode root;
        try {
            root = body == null ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            errors.add(new FieldError("body", EventProblem.NOT_JSON.note(firstLine(e.getMessage()))));
            return new Parsed(null, errors);
        }
        if (root == null || !root.isObject()) {
            errors.add(new FieldError("body", EventProblem.NOT_JSON_OBJECT.note()));
            return new Parsed(null, errors);
        }
        EventType type = type(root, errors);
        String orderNo = number(root, "orderNo", "orderNo", errors);
        ChannelEvent.Builder event = ChannelEvent.builder(type, orderNo);
        event.occurredAt(instant(root.get("occurredAt"), "occurredAt", true, errors));
        if (type == EventType.REFUND) {
            event.refundNo(number(root, "refundNo", "refundNo", errors));
        }
        if (type == EventType.ORDER_PAID) {
            readOrder(root, event, errors);
        }
        if (type == EventType.ORDER_PAID || type == EventType.REFUND) {
            readLines(root, type, event, errors);
        }
        return errors.isEmpty() ? new Parsed(event.build(), errors) : new Parsed(null, errors);
    }

    private static void readOrder(JsonNode root, ChannelEvent.Builder event, List<FieldError> errors) {
        JsonNode currency = root.get("currency");
        if (currency != null && !currency.isNull()) {
            if (!currency.isTextual() || !CURRENCY.matcher(currency.asText()).matches()) {
                errors.add(new FieldError("currency", EventProblem.CURRENCY.note()));
            } else {
                event.currency(currency.asText());
            }
        }
        JsonNode buyer = root.get("buyer");
        if (buyer != null && !buyer.isNull()) {
            if (!buyer.isObject()) {
                errors.add(new FieldError("buyer", EventProblem.BUYER_SHAPE.note()));
            } else {
                event.memberNo(text(buyer, "memberNo", "buyer.memberNo", false, errors));
                event.phone(phone(buyer, errors));
                event.buyerId(text(buyer, "buyerId", "buyer.buyerId", false, errors));
            }
        }
        event.storeCode(text(root, "storeCode", "storeCode", false, errors));
        JsonNode share = root.get("share");
        if (share != null && !share.isNull()) {
            if (!share.isObject()) {
                errors.add(new FieldError("share", EventProblem.SHARE_SHAPE.note()));
            } else {
                event.share(text(share, "code", "share.code", true, errors),
                        instant(share.get("sharedAt"), "share.sharedAt", false, errors));
            }
        }
    }

    private static void readLines(JsonNode root, EventType type, ChannelEvent.Builder event, List<FieldError> errors) {
        JsonNode lines = root.get("lines");
        if (lines == null || !lines.isArray() || lines.size() == 0) {
            errors.add(new FieldError("lines", EventProblem.NO_LINES.note()));
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", EventProblem.TOO_MANY_LINES.note(MAX_LINES)));
            return;
        }
        Set<String> seen = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            String at = "lines[" + i + "]";
            JsonNode line = lines.get(i);
            if (!line.isObject()) {
                errors.add(new FieldError(at, EventProblem.NOT_OBJECT.note()));
                continue;
            }
            String lineNo = number(line, "lineNo", at + ".lineNo", errors);
            if (lineNo != null && !seen.add(lineNo)) {
                errors.add(new FieldError(at + ".lineNo", EventProblem.REPEATED_LINE.note(lineNo)));
            }
            if (type == EventType.REFUND) {
                BigDecimal amount = amount(line.get("amount"), at + ".amount", errors);
                if (amount != null && amount.signum() == 0) {
                    errors.add(new FieldError(at + ".amount", EventProblem.NOT_POSITIVE.note()));
                }
                event.line(EventLine.refund(lineNo, amount));
            } else {
                BigDecimal paid = amount(line.get("paidAmount"), at + ".paidAmount", errors);
                int quantity = quantity(line.get("quantity"), at + ".quantity", errors);
                event.line(new EventLine(lineNo, text(line, "sku", at + ".sku", false, errors),
                        id(line.get("productId"), at + ".productId", errors),
                        id(line.get("categoryId"), at + ".categoryId", errors),
                        name(line.get("name")), quantity, paid));
            }
        }
    }

    private static EventType type(JsonNode root, List<FieldError> errors) {
        JsonNode node = root.get("type");
        if (node == null || !node.isTextual()) {
            errors.add(new FieldError("type", EventProblem.TYPE_REQUIRED.note()));
            return null;
        }
        try {
            return EventType.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("type", EventProblem.UNKNOWN_TYPE.note(node.asText())));
            return null;
        }
    }

    private static String text(JsonNode parent, String name, String path, boolean required, List<FieldError> errors) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().trim().isEmpty())) {
            if (required) {
                errors.add(new FieldError(path, EventProblem.REQUIRED.note()));
            }
            return null;
        }
        if (!node.isTextual() && !node.isIntegralNumber()) {
            errors.add(new FieldError(path, EventProblem.NOT_TEXT.note()));
            return null;
        }
        String value = node.asText().trim();
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(path, EventProblem.TOO_LONG.note(MAX_TEXT)));
            return null;
        }
        return value;
    }

    /** An order, refund or line number, in its canonical spelling. */
    private static String number(JsonNode parent, String name, String path, List<FieldError> errors) {
        String value = text(parent, name, path, true, errors);
        if (value != null && !ChannelKeys.isNumber(value)) {
            errors.add(new FieldError(path, EventProblem.NOT_NUMBER.note(ChannelKeys.MAX_LENGTH)));
            return null;
        }
        return ChannelKeys.canonical(value);
    }

    private static String phone(JsonNode buyer, List<FieldError> errors) {
        String phone = text(buyer, "phone", "buyer.phone", false, errors);
        if (phone != null && PhoneNumbers.normalise(phone) == null) {
            errors.add(new FieldError("buyer.phone", EventProblem.NOT_PHONE.note()));
            return null;
        }
        return phone;
    }

    private static String name(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String name = node.asText().trim();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static Date instant(JsonNode node, String path, boolean required, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError(path, EventProblem.TIME_REQUIRED.note()));
            }
            return null;
        }
        try {
            return EventTimes.parse(node.asText());
        } catch (EventTimes.InvalidTime e) {
            errors.add(new FieldError(path, e.getProblem()));
            return null;
        }
    }

    private static BigDecimal amount(JsonNode node, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(path, EventProblem.REQUIRED.note()));
            return null;
        }
        BigDecimal value;
        try {
            value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(path, EventProblem.NOT_AMOUNT.note()));
            return null;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(path, EventProblem.NEGATIVE.note()));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(path, EventProblem.TOO_MANY_DECIMALS.note()));
            return null;
        }
        if (value.compareTo(new BigDecimal("100000000")) >= 0) {
            errors.add(new FieldError(path, EventProblem.TOO_LARGE.note()));
            return null;
        }
        return value.setScale(2);
    }

    private static int quantity(JsonNode node, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return 1;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            errors.add(new FieldError(path, EventProblem.NOT_QUANTITY.note()));
            return 0;
        }
        return node.asInt();
    }

    private static Long id(JsonNode node, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToLong() || !(node.isIntegralNumber() || node.asText().matches("\\d+"))) {
            errors.add(new FieldError(path, EventProblem.NOT_WHOLE.note()));
            return null;
        }
        return node.asLong();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /**
     * The problems {@link #parse} reports for this event's JSON, so that events built elsewhere (CSV rows) are held to
     * exactly the API's rules. Empty when the event is valid.
     */
    public static List<FieldError> validate(ChannelEvent event) {
        List<FieldError> missing = new ArrayList<FieldError>();
        if (event.getType() == null) {
            missing.add(new FieldError("type", EventProblem.TYPE_REQUIRED.note()));
        }
        if (event.getOccurredAt() == null) {
            missing.add(new FieldError("occurredAt", EventProblem.TIME_REQUIRED.note()));
        }
        for (int i = 0; i < event.getLines().size(); i++) {
            if (event.getLines().get(i).getAmount() == null) {
                String amount = event.getType() == EventType.REFUND ? "amount" : "paidAmount";
                missing.add(new FieldError("lines[" + i + "]." + amount, EventProblem.REQUIRED.note()));
            }
        }
        // write() needs these; everything else is checked by the parser itself.
        return missing.isEmpty() ? parse(EventWriter.write(event)).getErrors() : missing;
    }
}
