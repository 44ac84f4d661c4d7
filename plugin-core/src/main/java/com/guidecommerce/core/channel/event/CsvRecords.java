package com.guidecommerce.core.channel.event;

import com.guidecommerce.core.common.Note;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.TeeReader;
import org.apache.commons.io.output.StringBuilderWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * Splits CSV text into records with Apache Commons CSV (RFC 4180: comma separated, fields in double quotes may hold
 * commas, doubled quotes and line breaks; records end with CRLF, LF or CR). Each record keeps its number, counting the
 * header as 1 and a blank line as a record, as a spreadsheet numbers its rows.
 *
 * <p>Reading is as forgiving as spreadsheets are, so one odd field does not cost the rows after it: a quote inside an
 * unquoted field is an ordinary character, and text after a closing quote joins the field ({@code "Cap" red} reads
 * {@code Cap red}). What cannot be read is a quoted field left open: it runs to the end of the text, so only the last
 * record can have it; that record comes with the fields read so far, which still tell the event it belongs to.
 */
final class CsvRecords {

    /** One record, or why it could not be read to its end. */
    static final class Record {

        final int number;
        final List<String> fields;
        final Note problem;

        Record(int number, List<String> fields, Note problem) {
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

    private static final CSVFormat FORGIVING = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .setLenientEof(true)
            .get();
    /** The same, except that a quoted field still open at the end of the text is an error. */
    private static final CSVFormat CLOSED_QUOTES = FORGIVING.builder().setLenientEof(false).get();

    /** The text from the current record's start on, to read the last record again. */
    private final StringBuilder unread = new StringBuilder();
    private long unreadFrom;
    private final Iterator<CSVRecord> records;

    CsvRecords(Reader in) throws IOException {
        this.records = FORGIVING.parse(new TeeReader(in, new StringBuilderWriter(unread))).iterator();
    }

    /** The next record, or {@code null} at the end of the text. */
    Record read() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            unread.delete(0, (int) (record.getCharacterPosition() - unreadFrom));
            unreadFrom = record.getCharacterPosition();
            Note problem = records.hasNext() || quotesClosed(unread.toString()) ? null
                    : EventProblem.QUOTE_OPEN.note();
            return new Record((int) record.getRecordNumber(), record.toList(), problem);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean quotesClosed(String lastRecord) throws IOException {
        try (CSVParser parser = CLOSED_QUOTES.parse(new StringReader(lastRecord))) {
            parser.getRecords();
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
