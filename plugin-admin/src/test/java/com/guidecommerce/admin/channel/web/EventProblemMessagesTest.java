package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.core.channel.event.CsvEvents;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.common.Note;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Why events and CSV rows were refused, as HQ reads it on the import report and the Channel events pages. */
class EventProblemMessagesTest {

    private static final String HEADER = String.join(",", CsvEvents.COLUMNS);
    private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{3,}");

    private final ReloadableResourceBundleMessageSource messages = messages();

    @Test
    void shouldHaveEveryProblemInEnglishWordedAsTheApiAnswersAndInChinese() {
        for (EventProblem problem : EventProblem.values()) {
            String key = Note.MESSAGE_PREFIX + problem.getKey();

            assertEquals(problem.getEnglish(), messages.getMessage(key, null, Locale.ENGLISH), key);
            String chinese = messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
            assertNotEquals(problem.getEnglish(), chinese, key);
            assertFalse(LATIN_WORDS.matcher(chinese).find(), key + " reads in English: " + chinese);
        }
    }

    @Test
    void shouldShowABrokenCsvRowInChineseToAChineseAdmin() throws IOException {
        String reason = importReason("ORDER_PAID,TM-1,,2026-11-23T10:15:00+08:00,,,,,,,CNY,1,TEE,,,,1,199.00",
                "ORDER_PAID,TM-2,,2026-11-23T11:00:00+08:00,,,,,,,CNY,1,TEE,,,,1,abc");

        assertEquals("\u7b2c 3 \u884c\uff1aamount\u201cabc\u201d\u4e0d\u662f\u91d1\u989d\uff0c\u5e94\u5982 199.00",
                readable(Locale.SIMPLIFIED_CHINESE).note(reason));
        assertEquals("row 3: amount 'abc' is not a decimal amount such as 199.00", readable(Locale.ENGLISH).note(reason));
    }

    @Test
    void shouldShowSeveralReasonsOfOneEventEachInTheReadersLanguage() throws IOException {
        String reason = importReason("ORDER_PAID,TM-3,,2026-11-23T10:15:00+08:00,,,,,,,,1,A,,,,1,10.005",
                "ORDER_PAID,TM-3,,,,,,,,,,1,B,,,,1,5.00");

        assertEquals("\u7b2c 2 \u884c\uff0camount\uff1a\u6700\u591a 2 \u4f4d\u5c0f\u6570\uff1b"
                + "\u7b2c 3 \u884c\uff0clineNo\uff1a\u660e\u7ec6\u884c\u53f7 1 \u91cd\u590d",
                readable(Locale.SIMPLIFIED_CHINESE).note(reason));
        assertEquals("row 2, amount: must not have more than 2 decimals; row 3, lineNo: repeats line 1",
                readable(Locale.ENGLISH).note(reason));
    }

    @Test
    void shouldShowAStoredRejectionOfTheIngestInTheReadersLanguage() {
        String stored = Note.join(Arrays.asList(
                new FieldError("lines[0].amount", EventProblem.REFUND_TOO_LARGE.note("40.00", "1")).getNote(),
                new FieldError("occurredAt", EventProblem.TIME_OUT_OF_RANGE.note("2000-01-01", "2027-12-06"))
                        .getNote()));

        assertEquals("lines[0].amount\uff1a\u8d85\u8fc7\u660e\u7ec6\u884c 1 \u5269\u4f59\u53ef\u9000\u91d1\u989d 40.00"
                + "\uff1boccurredAt\uff1a\u5fc5\u987b\u5728 2000-01-01 \u81f3 2027-12-06 \u4e4b\u95f4",
                readable(Locale.SIMPLIFIED_CHINESE).note(stored));
        assertEquals("lines[0].amount: is more than the 40.00 left to refund on line 1; "
                + "occurredAt: must be between 2000-01-01 and 2027-12-06", readable(Locale.ENGLISH).note(stored));
    }

    @Test
    void shouldShowAFileThatCannotBeReadInChinese() throws IOException {
        String problem = CsvEvents.read(new StringReader("orderNo,amount\nTM-1,1.00\n")).getFileProblemNote().format();

        assertTrue(readable(Locale.SIMPLIFIED_CHINESE).note(problem)
                .startsWith("\u8868\u5934\u7f3a\u5c11\u5217 type, occurredAt\uff1b"), problem);
    }

    @Test
    void shouldShowAnOlderEnglishSentenceAsItWasStored() {
        assertEquals("lines[0].amount: is more than the 40.00 left to refund on line 1",
                readable(Locale.SIMPLIFIED_CHINESE).note("lines[0].amount: is more than the 40.00 left to refund on line 1"));
    }

    /** The report's reason for the file's first rejected event. */
    private static String importReason(String... rows) throws IOException {
        CsvEvents.Parsed parsed = CsvEvents.read(new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n"));
        int valid = ChannelImportReport.eventsToIngest(parsed).size();
        ChannelImportReport report = ChannelImportReport.of(parsed,
                Collections.nCopies(valid, IngestResult.duplicate(1L, "ORDER_PAID:TM-0")));
        for (ChannelImportReport.Row row : report.getRows()) {
            if (row.getStatus() == IngestResult.Status.REJECTED) {
                return row.getReason();
            }
        }
        throw new AssertionError("no rejected row in " + parsed.getEvents().size() + " events");
    }

    private ReadableValues readable(final Locale locale) {
        return new ReadableValues(messages) {
            @Override
            protected Locale locale() {
                return locale;
            }
        };
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:messages/GuideCommerceAdminMessages");
        messages.setDefaultEncoding("ISO-8859-1");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
