package com.guidecommerce.core.channel.event;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventJsonTest {

    private static final String ORDER = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"TM-1\","
            + "\"occurredAt\":\"2026-11-23T10:15:00+08:00\",\"buyer\":{\"memberNo\":\"100\",\"phone\":\"+86 138-0013-8000\"},"
            + "\"share\":{\"code\":\"G0001-1a2b3c4d\",\"sharedAt\":\"2026-11-22T20:00:00+08:00\"},"
            + "\"lines\":[{\"lineNo\":\"1\",\"sku\":\"TEE-M\",\"categoryId\":3,\"quantity\":2,\"paidAmount\":\"198.00\"},"
            + "{\"lineNo\":\"2\",\"paidAmount\":49.9}]}";

    @Test
    void shouldReadAPaidOrderWithItsBuyerShareAndLines() {
        EventJson.Parsed parsed = EventJson.parse(ORDER);

        assertTrue(parsed.isValid(), parsed.getErrors().toString());
        ChannelEvent event = parsed.getEvent();
        assertEquals("ORDER_PAID:TM-1", event.key());
        assertEquals("100", event.getMemberNo());
        assertEquals("G0001-1a2b3c4d", event.getShareCode());
        assertEquals(new BigDecimal("198.00"), event.getLines().get(0).getAmount());
        assertEquals(new BigDecimal("49.90"), event.getLines().get(1).getAmount());
        assertEquals(1, event.getLines().get(1).getQuantity());
        assertEquals(Long.valueOf(3), event.getLines().get(0).getCategoryId());
    }

    @Test
    void shouldReportEveryBadFieldWithItsPath() {
        String body = "{\"type\":\"REFUND\",\"orderNo\":\"TM-1\",\"occurredAt\":\"yesterday\","
                + "\"lines\":[{\"lineNo\":\"1\",\"amount\":\"-1\"},{\"lineNo\":\"1\",\"amount\":\"1.005\"}]}";

        EventJson.Parsed parsed = EventJson.parse(body);

        assertFalse(parsed.isValid());
        assertNull(parsed.getEvent());
        assertEquals(List.of("occurredAt", "refundNo", "lines[0].amount", "lines[1].lineNo", "lines[1].amount"),
                fields(parsed));
    }

    @Test
    void shouldRefuseWhatIsNotAJsonObjectOrHasAnUnknownType() {
        assertEquals(List.of("body"), fields(EventJson.parse("[1,2]")));
        assertEquals(List.of("body"), fields(EventJson.parse("{\"type\":")));
        assertEquals("type", EventJson.parse("{\"type\":\"ORDER_SHIPPED\",\"orderNo\":\"1\","
                + "\"occurredAt\":\"2026-11-23T10:15:00+08:00\"}").getErrors().get(0).getField());
    }

    @Test
    void shouldWriteAnEventThatReadsBackTheSame() {
        ChannelEvent event = EventJson.parse(ORDER).getEvent();

        ChannelEvent again = EventJson.parse(EventWriter.write(event)).getEvent();

        assertEquals(event.key(), again.key());
        assertEquals(event.getOccurredAt(), again.getOccurredAt());
        assertEquals(event.getSharedAt(), again.getSharedAt());
        assertEquals(event.getLines().get(0).getAmount(), again.getLines().get(0).getAmount());
        assertEquals(event.getPhone(), again.getPhone());
    }

    @Test
    void shouldRefuseAmountsWithMoreThanTwoDecimalsEvenWhenADoubleWouldRoundThemAway() {
        String body = ORDER.replace("49.9}", "100.0000000000000001}");

        EventJson.Parsed parsed = EventJson.parse(body);

        assertEquals(List.of("lines[1].paidAmount"), fields(parsed));
    }

    @Test
    void shouldRefuseTimesOutsideTheYearsARealOrderCanHave() {
        for (String time : List.of("0001-01-01T00:00:00+08:00", "-0001-01-01T00:00:00Z", "+300000000-01-01T00:00:00Z",
                "1999-12-31T23:59:59Z", OffsetDateTime.now().plusYears(2).toString())) {
            EventJson.Parsed parsed = EventJson.parse(ORDER.replace("2026-11-23T10:15:00+08:00", time));

            assertEquals(List.of("occurredAt"), fields(parsed), time);
            assertTrue(parsed.getErrors().get(0).getReason().startsWith("must be between 2000-01-01 and "), time);
        }
        assertTrue(EventJson.parse(ORDER.replace("2026-11-23T10:15:00+08:00", "2000-01-01T00:00:00Z")).isValid());
    }

    @Test
    void shouldKeepOrderRefundAndLineNumbersAndBuyerIdsInOneSpelling() {
        String refund = "{\"type\":\"REFUND\",\"orderNo\":\" tm-1 \",\"refundNo\":\"r-a\","
                + "\"occurredAt\":\"2026-11-23T10:15:00+08:00\",\"lines\":[{\"lineNo\":\"a1\",\"amount\":\"1.00\"}]}";

        ChannelEvent event = EventJson.parse(refund).getEvent();

        assertEquals("REFUND:TM-1:R-A", event.key());
        assertEquals("A1", event.getLines().get(0).getLineNo());
        assertEquals("OPEN-ID-X", EventJson.parse(ORDER.replace("\"memberNo\":\"100\"", "\"buyerId\":\"open-id-X\""))
                .getEvent().getBuyerId());
    }

    @Test
    void shouldRefuseNumbersTheDatabaseWouldCompareLooselyAndLinesThatDifferOnlyInCase() {
        assertEquals(List.of("orderNo"), fields(EventJson.parse(ORDER.replace("TM-1", "TM 1"))));
        assertEquals(List.of("orderNo"), fields(EventJson.parse(ORDER.replace("TM-1", "TMé1"))));
        assertEquals(List.of("lines[1].lineNo"), fields(EventJson.parse(ORDER.replace("\"lineNo\":\"1\"",
                "\"lineNo\":\"a\"").replace("\"lineNo\":\"2\"", "\"lineNo\":\"A\""))));
    }

    @Test
    void shouldHashPhoneNumbersAfterNormalisingThem() {
        assertEquals(PhoneNumbers.hash("salt", "13800138000"), PhoneNumbers.hash("salt", "+86 138-0013-8000"));
        assertFalse(PhoneNumbers.hash("salt", "13800138000").equals(PhoneNumbers.hash("other", "13800138000")));
        assertNull(PhoneNumbers.normalise("call me"));
    }

    @Test
    void shouldKeepThePhoneHashesAlreadyStored() {
        // sha256sum of the UTF-8 bytes of salt + number, computed outside Java
        assertEquals("e7a8f7a47e15b373a3312d46d9fcffac1cee0ed8c5638e4e205bcbe5df91db1f",
                PhoneNumbers.hash("salt", "+86 138 0013 8000"));
        assertEquals("66b903990810842682a75f844da534ba27faa36fcb4a74fd674240121cd45799",
                PhoneNumbers.hash("\u76d0-salt", "13800138000"));
    }

    private static List<String> fields(EventJson.Parsed parsed) {
        List<String> fields = new ArrayList<String>();
        for (FieldError error : parsed.getErrors()) {
            fields.add(error.getField());
        }
        return fields;
    }
}
