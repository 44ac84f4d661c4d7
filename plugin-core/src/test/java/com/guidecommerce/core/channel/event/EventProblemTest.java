package com.guidecommerce.core.channel.event;

import com.guidecommerce.core.common.Note;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every refusal of an event, a CSV row or a CSV file as a note: its problem and the values it names. */
class EventProblemTest {

    private static final String HEADER = String.join(",", CsvEvents.COLUMNS);
    private static final String TIME = "2026-11-23T10:15:00+08:00";

    @Test
    void shouldNameTheProblemOfEachFieldOfAnApiEvent() {
        String body = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"TM 1\",\"occurredAt\":\"yesterday\",\"currency\":\"cny\","
                + "\"buyer\":{\"phone\":\"call me\",\"memberNo\":\"" + repeat('m', 65) + "\"},\"share\":7,"
                + "\"lines\":[{\"lineNo\":\"1\",\"paidAmount\":\"abc\",\"quantity\":0},"
                + "{\"lineNo\":\"1\",\"paidAmount\":-1,\"productId\":\"p\"},{\"lineNo\":\"2\",\"paidAmount\":1.005},"
                + "{\"lineNo\":\"3\",\"paidAmount\":100000000,\"sku\":[1]},\"x\"]}";

        List<FieldError> errors = EventJson.parse(body).getErrors();

        assertEquals(Arrays.asList(
                field("orderNo", EventProblem.NOT_NUMBER.note("64")),
                field("occurredAt", EventProblem.NOT_TIME.note()),
                field("currency", EventProblem.CURRENCY.note()),
                field("buyer.memberNo", EventProblem.TOO_LONG.note("64")),
                field("buyer.phone", EventProblem.NOT_PHONE.note()),
                field("share", EventProblem.SHARE_SHAPE.note()),
                field("lines[0].paidAmount", EventProblem.NOT_AMOUNT.note()),
                field("lines[0].quantity", EventProblem.NOT_QUANTITY.note()),
                field("lines[1].lineNo", EventProblem.REPEATED_LINE.note("1")),
                field("lines[1].paidAmount", EventProblem.NEGATIVE.note()),
                field("lines[1].productId", EventProblem.NOT_WHOLE.note()),
                field("lines[2].paidAmount", EventProblem.TOO_MANY_DECIMALS.note()),
                field("lines[3].paidAmount", EventProblem.TOO_LARGE.note()),
                field("lines[3].sku", EventProblem.NOT_TEXT.note()),
                field("lines[4]", EventProblem.NOT_OBJECT.note())), problems(errors));
    }

    @Test
    void shouldNameTheProblemsOfAnEventsShape() {
        assertEquals(Collections.singletonList(field("body", EventProblem.NOT_JSON_OBJECT.note())),
                problems(EventJson.parse("[]").getErrors()));
        assertEquals(EventProblem.NOT_JSON.getKey(), EventJson.parse("{").getErrors().get(0).getProblem().getKey());
        assertEquals(Arrays.asList(field("type", EventProblem.TYPE_REQUIRED.note()),
                field("orderNo", EventProblem.REQUIRED.note()), field("occurredAt", EventProblem.TIME_REQUIRED.note())),
                problems(EventJson.parse("{}").getErrors()));
        assertEquals(Collections.singletonList(field("type", EventProblem.UNKNOWN_TYPE.note("SHIPPED"))),
                problems(EventJson.parse("{\"type\":\"SHIPPED\",\"orderNo\":\"TM-1\",\"occurredAt\":\"" + TIME + "\"}")
                        .getErrors()));
        assertEquals(Arrays.asList(field("buyer", EventProblem.BUYER_SHAPE.note()),
                field("lines", EventProblem.NO_LINES.note())), problems(EventJson.parse(
                        "{\"type\":\"ORDER_PAID\",\"orderNo\":\"TM-1\",\"occurredAt\":\"" + TIME + "\",\"buyer\":1}")
                        .getErrors()));
    }

    @Test
    void shouldNameTheRangeOfTimesAndTheLimitOfLines() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i <= EventJson.MAX_LINES; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"lineNo\":\"").append(i).append("\",\"amount\":0}");
        }
        String refund = "{\"type\":\"REFUND\",\"orderNo\":\"TM-1\",\"refundNo\":\"R-1\",\"occurredAt\":\"0001-01-01T00:00:00Z\","
                + "\"lines\":[" + lines + "]}";

        List<FieldError> errors = EventJson.parse(refund).getErrors();

        assertEquals(EventProblem.TIME_OUT_OF_RANGE.getKey(), errors.get(0).getProblem().getKey());
        assertEquals("2000-01-01", errors.get(0).getProblem().getArgs().get(0));
        assertEquals(field("lines", EventProblem.TOO_MANY_LINES.note("500")), problem(errors.get(1)));
        assertEquals(Collections.singletonList(field("lines[0].amount", EventProblem.NOT_POSITIVE.note())),
                problems(EventJson.parse(refund.replace("0001-01-01T00:00:00Z", TIME)
                        .replace(lines.toString(), "{\"lineNo\":\"1\",\"amount\":0}")).getErrors()));
    }

    @Test
    void shouldPutTheFieldAndItsProblemInOneNote() {
        FieldError error = new FieldError("lines[0].amount", EventProblem.TOO_LARGE.note());

        assertEquals("eventProblem.atField|lines[0].amount|#gcNote.eventProblem.tooLarge", error.getNote().format());
        assertEquals("lines[0].amount: is too large", error.toString());
        assertEquals(EventProblem.AT_FIELD.note("event", "the disk is full"),
                new FieldError("event", "the disk is full").getNote());
    }

    @Test
    void shouldNameTheRowAndTheCellOfEachBrokenCsvRow() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-2,," + TIME + ",100,,,,,,,1,A,,,,1,10.00",
                "ORDER_PAID,TM-2,,,101,,,,,,,2,B,,,,1,ten",
                "ORDER_PAID,TM-3,,yesterday,100,,,,,,,1,A,x,,,1,10.00",
                "ORDER_PAID,TM-4,," + TIME + ",100,,,,,,,1,A",
                "ORDER_PAID,TM-5,," + TIME + ",100,,,,,,,1,A,,,,0,10.00",
                "ORDER_PAID,TM-6,," + TIME + ",100,,,,,,,1,A,,,,1,\"open");

        List<EventRows> events = parsed.getEvents();

        assertEquals(Collections.singletonList(EventProblem.AT_ROW.note("3",
                EventProblem.CELL_DIFFERS.note("memberNo", "101", "100"))), events.get(0).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW.note("4", EventProblem.CELL.note("occurredAt",
                "yesterday", EventProblem.NOT_TIME.note()))), events.get(1).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW.note("5", EventProblem.ROW_WIDTH.note("13", "18"))),
                events.get(2).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW.note("6", EventProblem.CELL_NOT_QUANTITY.note())),
                events.get(3).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW.note("7", EventProblem.QUOTE_OPEN.note())),
                events.get(4).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW.note("3",
                EventProblem.CELL_NOT_AMOUNT.note("amount", "ten"))), read(
                        "ORDER_PAID,TM-2,," + TIME + ",100,,,,,,,1,A,,,,1,10.00",
                        "ORDER_PAID,TM-2,,,,,,,,,,2,B,,,,1,ten").getEvents().get(0).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW.note("2",
                EventProblem.CELL_NOT_WHOLE.note("productId", "x"))),
                read("ORDER_PAID,TM-3,," + TIME + ",100,,,,,,,1,A,x,,,1,10.00").getEvents().get(0).getProblems());
    }

    @Test
    void shouldNameTheRowAndColumnWhenARowBreaksTheApisRules() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-6,," + TIME + ",,,,,,,,1,A,,,,1,10.005",
                "ORDER_PAID,TM-6,,,,,,,,,,1,B,,,,1,5.00",
                "SHIPPED,TM-6,," + TIME + ",,,,,,,,,,,,,,",
                ",TM-7,," + TIME + ",,,,,,,,,,,,,,");

        List<EventRows> events = parsed.getEvents();

        assertEquals(Arrays.asList(
                EventProblem.AT_ROW_FIELD.note("2", "amount", EventProblem.TOO_MANY_DECIMALS.note()),
                EventProblem.AT_ROW_FIELD.note("3", "lineNo", EventProblem.REPEATED_LINE.note("1"))),
                events.get(0).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW_FIELD.note("4", "type",
                EventProblem.UNKNOWN_TYPE.note("SHIPPED"))), events.get(1).getProblems());
        assertEquals(Collections.singletonList(EventProblem.AT_ROW_FIELD.note("5", "type",
                EventProblem.REQUIRED.note())), events.get(2).getProblems());
    }

    @Test
    void shouldNameWhyAFileCannotBeRead() throws IOException {
        assertEquals(EventProblem.NO_HEADER.note(), CsvEvents.read(new StringReader("")).getFileProblemNote());
        assertEquals(EventProblem.MISSING_COLUMNS.note("type, occurredAt", String.join(",", CsvEvents.COLUMNS)),
                CsvEvents.read(new StringReader("orderNo,amount\nTM-1,1.00\n")).getFileProblemNote());
        StringBuilder rows = new StringBuilder(HEADER + "\n");
        for (int i = 0; i <= CsvEvents.MAX_ROWS; i++) {
            rows.append("ORDER_COMPLETED,TM-").append(i).append(",,").append(TIME).append("\n");
        }
        assertEquals(EventProblem.TOO_MANY_ROWS.note("20000"),
                CsvEvents.read(new StringReader(rows.toString())).getFileProblemNote());
    }

    @Test
    void shouldSayEveryProblemInEnglishAsTheApiAlwaysHas() throws IOException {
        EventRows event = read("ORDER_PAID,TM-8,,1999-01-01T00:00:00Z,,,,,,,,1,A,,,,1,1.00").getEvents().get(0);

        assertEquals(1, event.getReasons().size());
        Matcher range = Pattern.compile("row 2: occurredAt '1999-01-01T00:00:00Z' must be between 2000-01-01 and "
                + "\\d{4}-\\d{2}-\\d{2}").matcher(event.getReasons().get(0));
        assertEquals(true, range.matches(), event.getReasons().get(0));
        assertEquals("The header row lacks the column(s) occurredAt; it needs " + String.join(",", CsvEvents.COLUMNS)
                + ".", CsvEvents.read(new StringReader("type,orderNo\n")).getFileProblem());
    }

    private static List<Note> problems(List<FieldError> errors) {
        List<Note> notes = new ArrayList<Note>();
        for (FieldError error : errors) {
            notes.add(problem(error));
        }
        return notes;
    }

    private static Note problem(FieldError error) {
        return field(error.getField(), error.getProblem());
    }

    private static Note field(String field, Note problem) {
        return EventProblem.AT_FIELD.note(field, problem);
    }

    private static CsvEvents.Parsed read(String... rows) throws IOException {
        return CsvEvents.read(new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n"));
    }

    private static String repeat(char c, int times) {
        char[] chars = new char[times];
        Arrays.fill(chars, c);
        return new String(chars);
    }
}
