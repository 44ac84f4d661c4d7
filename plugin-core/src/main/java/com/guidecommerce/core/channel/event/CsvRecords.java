package com.guidecommerce.core.channel.event;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: comma separated, fields in double quotes may hold commas, doubled quotes
 * and line breaks; records end with CRLF, LF or CR). Each record keeps its number, counting the header as 1, as a
 * spreadsheet numbers its rows.
 */
final class CsvRecords {

    /** One record, or why it could not be read to its end. */
    static final class Record {

        final int number;
        final List<String> fields;
        final String problem;

        Record(int number, List<String> fields, String problem) {
            this.number = number;
            this.fields = fields;
            this.problem = problem;
        }

        boolean isBlank() {
            for (String field : fields) {
                if (!field.trim().isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Reader in;
    private int next = -2;
    private int number;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end of the text. */
    Record read() throws IOException {
        int c = peek();
        if (c < 0) {
            return null;
        }
        number++;
        List<String> fields = new ArrayList<String>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            c = take();
            if (quoted) {
                if (c < 0) {
                    fields.add(field.toString());
                    return new Record(number, fields, "a quoted field is not closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        field.append((char) take());
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    take();
                }
                fields.add(field.toString());
                return new Record(number, fields, null);
            } else {
                field.append((char) c);
            }
        }
    }

    private int peek() throws IOException {
        if (next == -2) {
            next = in.read();
        }
        return next;
    }

    private int take() throws IOException {
        int c = peek();
        next = -2;
        return c;
    }
}
