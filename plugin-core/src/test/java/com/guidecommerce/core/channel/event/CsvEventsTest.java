package com.guidecommerce.core.channel.event;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Channel events from CSV rows, held to the API's rules, with every row accounted for. */
class CsvEventsTest {

    private static final String HEADER = String.join(",", CsvEvents.COLUMNS);

    @Test
    void shouldMakeOneOrderOfConsecutiveRowsWithItsLines() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-1,,2026-11-23T10:15:00+08:00,100,13800138000,tb_1,SH001,G0001-1a2b3c4d,2026-11-22T20:00:00+08:00,CNY,1,TEE-001-M,12,3,T-shirt,2,198.00",
                "ORDER_PAID,TM-1,,,,,,,,,,2,CAP-1,13,4,\"Cap, red\",1,49.50");

        EventRows rows = only(parsed);
        ChannelEvent event = rows.getEvent();

        assertEquals(Arrays.asList(2, 3), rows.getRowNumbers());
        assertEquals("ORDER_PAID:TM-1", rows.getKey());
        assertEquals(Instant.parse("2026-11-23T02:15:00Z"), event.getOccurredAt().toInstant());
        assertEquals("100", event.getMemberNo());
        assertEquals("13800138000", event.getPhone());
        assertEquals("G0001-1a2b3c4d", event.getShareCode());
        assertEquals(2, event.getLines().size());
        assertEquals(new BigDecimal("198.00"), event.getLines().get(0).getAmount());
        assertEquals(2, event.getLines().get(0).getQuantity());
        assertEquals("Cap, red", event.getLines().get(1).getName());
        assertEquals(Long.valueOf(4), event.getLines().get(1).getCategoryId());
    }

    @Test
    void shouldReadRefundsAndCompletionsAndStartANewEventWhenTheKeyChanges() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_COMPLETED,TM-1,,2026-11-25T18:00:00+08:00,,,,,,,,,,,,,,",
                "REFUND,TM-1,RF-1,2026-11-26T09:00:00+08:00,,,,,,,,1,,,,,,50.00",
                "REFUND,TM-1,RF-2,2026-11-27T09:00:00+08:00,,,,,,,,1,,,,,,10.00");

        assertEquals(Arrays.asList("ORDER_COMPLETED:TM-1", "REFUND:TM-1:RF-1", "REFUND:TM-1:RF-2"), keys(parsed));
        assertTrue(parsed.getEvents().get(1).isValid());
        assertEquals(new BigDecimal("50.00"), parsed.getEvents().get(1).getEvent().getLines().get(0).getAmount());
    }

    @Test
    void shouldRejectTheEventOfABrokenRowAndKeepTheOthers() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-2,,2026-11-23 10:15:00+08:00,100,,,,,,,1,A,,,,1,10.00",
                "ORDER_PAID,TM-2,,,,,,,,,,2,B,,,,1,ten",
                "ORDER_PAID,TM-3,,yesterday,100,,,,,,,1,A,,,,1,10.00",
                "ORDER_PAID,TM-4,,2026-11-23T10:15:00+08:00,100,,,,,,,1,A",
                "ORDER_PAID,TM-5,,2026-11-23T10:15:00+08:00,100,,,,,,,1,A,,,,1,10.00");

        List<EventRows> events = parsed.getEvents();

        assertEquals(Collections.singletonList("row 3: amount 'ten' is not a decimal amount such as 199.00"),
                events.get(0).getReasons());
        assertNull(events.get(0).getEvent());
        assertEquals(Collections.singletonList(
                "row 4: occurredAt 'yesterday' must be an ISO-8601 time with its offset, e.g. 2026-11-23T10:15:00+08:00"),
                events.get(1).getReasons());
        assertEquals(Collections.singletonList("row 5: has 13 columns where the header has 18"),
                events.get(2).getReasons());
        assertTrue(events.get(3).isValid());
        assertEquals("ORDER_PAID:TM-4", events.get(2).getKey());
    }

    @Test
    void shouldHoldEventsToTheApisRulesNamingRowAndColumn() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-6,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,10.005",
                "ORDER_PAID,TM-6,,,,,,,,,,1,B,,,,1,5.00",
                "REFUND,TM-6,RF-1,2026-11-26T09:00:00+08:00,,,,,,,,1,,,,,,0",
                "SHIPPED,TM-6,,2026-11-26T09:00:00+08:00,,,,,,,,,,,,,,");

        List<EventRows> events = parsed.getEvents();

        assertEquals(Arrays.asList("row 2, amount: must not have more than 2 decimals",
                "row 3, lineNo: repeats line 1"), events.get(0).getReasons());
        assertEquals(Collections.singletonList("row 4, amount: must be more than 0"), events.get(1).getReasons());
        assertEquals(Collections.singletonList("row 5, type: 'SHIPPED' is not ORDER_PAID, ORDER_COMPLETED or REFUND"),
                events.get(2).getReasons());
        assertNull(events.get(2).getKey());
    }

    @Test
    void shouldRejectRowsThatDisagreeOnTheOrder() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-7,,2026-11-23T10:15:00+08:00,100,,,,,,,1,A,,,,1,10.00",
                "ORDER_PAID,TM-7,,,101,,,,,,,2,B,,,,1,5.00");

        assertEquals(Collections.singletonList("row 3: memberNo '101' differs from the event's first row ('100')"),
                only(parsed).getReasons());
    }

    @Test
    void shouldReadQuotedLineBreaksABomAndColumnsInAnyOrder() throws IOException {
        String csv = "\uFEFFamount,type,orderNo,occurredAt,lineNo,name\r\n"
                + "\"1,000.00\",ORDER_PAID,TM-8,2026-11-23T10:15:00+08:00,1,x\r\n"
                + "\r\n"
                + "12.00,ORDER_PAID,TM-9,2026-11-23T10:15:00+08:00,1,\"two\nlines \"\"quoted\"\"\"\r\n";

        CsvEvents.Parsed parsed = CsvEvents.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(2, parsed.getEvents().size());
        assertFalse(parsed.getEvents().get(0).isValid(), "a thousands separator is not an amount");
        assertEquals(Arrays.asList(4), parsed.getEvents().get(1).getRowNumbers());
        assertEquals("two\nlines \"quoted\"", parsed.getEvents().get(1).getEvent().getLines().get(0).getName());
    }

    @Test
    void shouldRefuseAFileWithoutTheRequiredColumns() throws IOException {
        CsvEvents.Parsed parsed = CsvEvents.read(new StringReader("orderNo,amount\nTM-1,1.00\n"));

        assertEquals(0, parsed.getEvents().size());
        assertTrue(parsed.getFileProblem().startsWith("The header row lacks the column(s) type, occurredAt"));
        assertEquals("The file has no header row.", CsvEvents.read(new StringReader("")).getFileProblem());
    }

    @Test
    void shouldReportAQuoteLeftOpenAtTheEnd() throws IOException {
        CsvEvents.Parsed parsed = read("ORDER_PAID,TM-10,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,\"open,1,1.00");

        assertEquals("row 2: a quoted field is not closed", only(parsed).getReasons().get(0));
    }

    @Test
    void shouldNumberRowsAsASpreadsheetDoesWhenAFieldSpansLines() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-11,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,\"gift\r\nwrapped\",1,1.00",
                "ORDER_PAID,TM-12,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,ten");

        assertEquals("gift\r\nwrapped", parsed.getEvents().get(0).getEvent().getLines().get(0).getName());
        assertEquals(Collections.singletonList("row 3: amount 'ten' is not a decimal amount such as 199.00"),
                parsed.getEvents().get(1).getReasons());
    }

    @Test
    void shouldReadCarriageReturnsAloneAsLineBreaks() throws IOException {
        CsvEvents.Parsed parsed = CsvEvents.read(new StringReader(HEADER + "\r"
                + "ORDER_PAID,TM-13,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,1.00\r"
                + "ORDER_PAID,TM-14,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,2.00\r"));

        assertEquals(Arrays.asList("ORDER_PAID:TM-13", "ORDER_PAID:TM-14"), keys(parsed));
        assertEquals(Arrays.asList(3), parsed.getEvents().get(1).getRowNumbers());
    }

    @Test
    void shouldKeepAStrayQuoteAsTextAndGoOnWithTheNextRows() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-15,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,Cap \"red\",1,1.00",
                "ORDER_PAID,TM-15,,,,,,,,,,2,B,,,\"Cap\" blue,1,1.00",
                "ORDER_PAID,TM-16,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,1.00");

        List<EventLine> lines = parsed.getEvents().get(0).getEvent().getLines();
        assertEquals("Cap \"red\"", lines.get(0).getName());
        assertEquals("Cap blue", lines.get(1).getName(), "text after a closing quote joins the field");
        assertEquals(Arrays.asList(4), parsed.getEvents().get(1).getRowNumbers());
        assertTrue(parsed.getEvents().get(1).isValid());
    }

    @Test
    void shouldRejectTheWholeOrderWhenItsLastRowLeavesAQuoteOpen() throws IOException {
        CsvEvents.Parsed parsed = read(
                "ORDER_PAID,TM-17,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,1.00",
                "ORDER_PAID,TM-17,,,,,,,,,,2,B,,,\"open,1,1.00",
                "ORDER_PAID,TM-18,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,1.00");

        EventRows order = only(parsed);
        assertEquals(Arrays.asList(2, 3), order.getRowNumbers(), "the rows after the open quote are inside it");
        assertEquals(Collections.singletonList("row 3: a quoted field is not closed"), order.getReasons());
        assertNull(order.getEvent());
    }

    @Test
    void shouldReadAClosedQuoteAtTheVeryEndOfTheFile() throws IOException {
        CsvEvents.Parsed parsed = CsvEvents.read(new StringReader(HEADER + "\n"
                + "ORDER_PAID,TM-20,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,\"1.00\""));

        assertTrue(only(parsed).isValid(), only(parsed).describeReasons());
    }

    @Test
    void shouldReadAQuotedHeaderAfterTheByteOrderMark() throws IOException {
        String csv = "\uFEFF\"type\",\"orderNo\",\"occurredAt\"\nORDER_COMPLETED,TM-19,2026-11-25T18:00:00+08:00\n";

        CsvEvents.Parsed parsed = CsvEvents.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertNull(parsed.getFileProblem());
        assertEquals(Collections.singletonList("ORDER_COMPLETED:TM-19"), keys(parsed));
    }

    @Test
    void shouldRefuseAFileWhoseHeaderLeavesAQuoteOpen() throws IOException {
        assertEquals("The file has no header row.",
                CsvEvents.read(new StringReader("type,\"orderNo,occurredAt\nORDER_PAID,TM-1,x\n")).getFileProblem());
    }

    private static CsvEvents.Parsed read(String... rows) throws IOException {
        return CsvEvents.read(new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n"));
    }

    private static EventRows only(CsvEvents.Parsed parsed) {
        assertEquals(1, parsed.getEvents().size());
        return parsed.getEvents().get(0);
    }

    private static List<String> keys(CsvEvents.Parsed parsed) {
        List<String> keys = new ArrayList<String>();
        for (EventRows rows : parsed.getEvents()) {
            keys.add(rows.getKey());
        }
        return keys;
    }
}
