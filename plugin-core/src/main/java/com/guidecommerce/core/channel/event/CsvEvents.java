package com.guidecommerce.core.channel.event;

import com.guidecommerce.core.common.Note;
import org.apache.commons.io.input.BOMInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads channel events from a CSV file (UTF-8, an optional byte-order mark, a header row naming the {@link #COLUMNS}
 * in any order). Consecutive rows with the same type, order number and refund number are one event: an order's or a
 * refund's lines, one per row; order-level values may repeat on every row or stand on the first only. Events are held
 * to the API's rules ({@link EventJson#validate}). A row that cannot be read rejects the event it belongs to, with the
 * row number and the reason; the other events are unaffected.
 */
public final class CsvEvents {

    public static final List<String> COLUMNS = Collections.unmodifiableList(Arrays.asList("type", "orderNo",
            "refundNo", "occurredAt", "memberNo", "phone", "buyerId", "storeCode", "shareCode", "sharedAt", "currency",
            "lineNo", "sku", "productId", "categoryId", "name", "quantity", "amount"));
    /** Most data rows one file may carry. */
    public static final int MAX_ROWS = 20000;

    /** The columns a file must have; the others may be left out. */
    public static final List<String> REQUIRED = Collections.unmodifiableList(Arrays.asList("type", "orderNo",
            "occurredAt"));
    private static final List<String> ORDER_COLUMNS = Arrays.asList("occurredAt", "memberNo", "phone", "buyerId",
            "storeCode", "shareCode", "sharedAt", "currency");

    private CsvEvents() {
    }

    /** A file's events in file order, or why the file as a whole cannot be read. */
    public static final class Parsed {

        private final List<EventRows> events;
        private final Note fileProblem;

        Parsed(List<EventRows> events, Note fileProblem) {
            this.events = Collections.unmodifiableList(events);
            this.fileProblem = fileProblem;
        }

        public List<EventRows> getEvents() {
            return events;
        }

        /** Set when no row could be read: no header, a header without the required columns, too many rows. */
        public String getFileProblem() {
            return fileProblem == null ? null : EventProblem.english(fileProblem);
        }

        /** {@link #getFileProblem} as a note, for HQ in the admin's language. */
        public Note getFileProblemNote() {
            return fileProblem;
        }
    }

    /** Reads UTF-8 bytes, without the byte-order mark spreadsheet tools put in front. */
    public static Parsed read(InputStream in) throws IOException {
        return read(new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8));
    }

    /** Reads decoded text; a byte-order mark is left to {@link #read(InputStream)}. */
    public static Parsed read(Reader reader) throws IOException {
        CsvRecords records = new CsvRecords(reader);
        CsvRecords.Record header = records.read();
        if (header == null || header.problem != null) {
            return new Parsed(Collections.<EventRows>emptyList(), EventProblem.NO_HEADER.note());
        }
        Map<String, Integer> columns = columns(header.fields);
        List<String> missing = new ArrayList<String>();
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            return new Parsed(Collections.<EventRows>emptyList(), EventProblem.MISSING_COLUMNS.note(
                    String.join(", ", missing), String.join(",", COLUMNS)));
        }
        List<EventRows> events = new ArrayList<EventRows>();
        EventRows current = null;
        int rows = 0;
        for (CsvRecords.Record record = records.read(); record != null; record = records.read()) {
            if (record.isBlank() && record.problem == null) {
                continue;
            }
            if (++rows > MAX_ROWS) {
                return new Parsed(Collections.<EventRows>emptyList(), EventProblem.TOO_MANY_ROWS.note(MAX_ROWS));
            }
            Row row = new Row(record, columns, header.fields.size());
            if (current == null || !current.sameEvent(row)) {
                current = new EventRows(row.text("type"), row.text("orderNo"), row.text("refundNo"));
                events.add(current);
            }
            current.add(row);
        }
        for (EventRows event : events) {
            event.build();
        }
        return new Parsed(events, null);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            for (String known : COLUMNS) {
                if (known.equalsIgnoreCase(name)) {
                    columns.put(known, i);
                }
            }
        }
        return columns;
    }

    /** One data row: its values by column name, and the first problem reading it. */
    static final class Row {

        final int number;
        private final Map<String, String> values = new HashMap<String, String>();
        Note problem;

        Row(CsvRecords.Record record, Map<String, Integer> columns, int width) {
            this.number = record.number;
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                if (column.getValue() < record.fields.size()) {
                    values.put(column.getKey(), record.fields.get(column.getValue()).trim());
                }
            }
            if (record.problem != null) {
                problem = record.problem;
            } else if (record.fields.size() != width) {
                problem = EventProblem.ROW_WIDTH.note(record.fields.size(), width);
            }
        }

        void set(String column, String value) {
            values.put(column, value);
        }

        /** The trimmed value, {@code null} when blank or absent. */
        String text(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        Date instant(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return EventTimes.parse(value.replaceFirst(" ", "T"));
            } catch (EventTimes.InvalidTime e) {
                fail(EventProblem.CELL.note(column, value, e.getProblem()));
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                fail(EventProblem.CELL_NOT_AMOUNT.note(column, value));
                return null;
            }
        }

        Long whole(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!value.matches("-?\\d{1,18}")) {
                fail(EventProblem.CELL_NOT_WHOLE.note(column, value));
                return null;
            }
            return Long.valueOf(value);
        }

        private void fail(Note reason) {
            if (problem == null) {
                problem = reason;
            }
        }
    }
}
