package com.guidecommerce.admin.channel.web;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.CsvEvents;
import com.guidecommerce.core.channel.event.EventRows;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.common.Note;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What became of every row of an uploaded CSV file: the row's event (its key), whether it was accepted, a duplicate,
 * rejected or failed, the outcome (applied, waiting for its order) and the reason, stored as notes so that HQ reads it
 * in the admin's language. Rows of one event share its result.
 * Totals count events, since an event is what is accepted or rejected.
 */
public final class ChannelImportReport {

    /** One row of the file in the report. */
    public static final class Row {

        private final int rowNo;
        private final String orderNo;
        private final String eventKey;
        private final IngestResult.Status status;
        private final String outcome;
        private final String reason;

        Row(int rowNo, String orderNo, String eventKey, IngestResult.Status status, String outcome, String reason) {
            this.rowNo = rowNo;
            this.orderNo = orderNo;
            this.eventKey = eventKey;
            this.status = status;
            this.outcome = outcome;
            this.reason = reason;
        }

        public int getRowNo() {
            return rowNo;
        }

        public String getOrderNo() {
            return orderNo;
        }

        public String getEventKey() {
            return eventKey;
        }

        public IngestResult.Status getStatus() {
            return status;
        }

        public String getOutcome() {
            return outcome;
        }

        public String getReason() {
            return reason;
        }
    }

    private final List<Row> rows = new ArrayList<Row>();
    private int accepted;
    private int duplicates;
    private int rejected;
    private int failed;

    private ChannelImportReport() {
    }

    /** The valid events of {@code parsed}, in file order. */
    public static List<ChannelEvent> eventsToIngest(CsvEvents.Parsed parsed) {
        List<ChannelEvent> events = new ArrayList<ChannelEvent>();
        for (EventRows event : parsed.getEvents()) {
            if (event.isValid()) {
                events.add(event.getEvent());
            }
        }
        return events;
    }

    /** @param results the ingest results of {@link #eventsToIngest}, one per event, in order */
    public static ChannelImportReport of(CsvEvents.Parsed parsed, List<IngestResult> results) {
        if (results.size() != eventsToIngest(parsed).size()) {
            throw new IllegalArgumentException("Expected one ingest result per valid event");
        }
        ChannelImportReport report = new ChannelImportReport();
        int next = 0;
        for (EventRows event : parsed.getEvents()) {
            if (event.isValid()) {
                report.add(event, results.get(next++));
            } else {
                report.rejected++;
                for (int rowNo : event.getRowNumbers()) {
                    report.rows.add(new Row(rowNo, event.getOrderNo(), event.getKey(), IngestResult.Status.REJECTED,
                            null, Note.join(event.getProblems())));
                }
            }
        }
        return report;
    }

    private void add(EventRows event, IngestResult result) {
        switch (result.getStatus()) {
            case ACCEPTED:
                accepted++;
                break;
            case DUPLICATE:
                duplicates++;
                break;
            case FAILED:
                failed++;
                break;
            default:
                rejected++;
                break;
        }
        String key = result.getEventKey() != null ? result.getEventKey() : event.getKey();
        String outcome = result.getOutcome() == null ? null : result.getOutcome().name();
        String reason = reason(result);
        for (int rowNo : event.getRowNumbers()) {
            rows.add(new Row(rowNo, event.getOrderNo(), key, result.getStatus(), outcome, reason));
        }
    }

    /**
     * Why an event was not accepted, as notes HQ reads in the admin's language; a failure's reason is the note the
     * delivery stored.
     */
    private static String reason(IngestResult result) {
        if (result.getErrors().isEmpty()) {
            return null;
        }
        if (result.getStatus() == IngestResult.Status.FAILED) {
            return result.getErrors().get(0).getReason();
        }
        List<Note> notes = new ArrayList<Note>();
        for (FieldError error : result.getErrors()) {
            notes.add(error.getNote());
        }
        return Note.join(notes);
    }

    public List<Row> getRows() {
        return Collections.unmodifiableList(rows);
    }

    public int getEventCount() {
        return accepted + duplicates + rejected + failed;
    }

    public int getAccepted() {
        return accepted;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getRejected() {
        return rejected;
    }

    /** Events stored but not applied because of a fault on our side; listed to be applied again. */
    public int getFailed() {
        return failed;
    }
}
