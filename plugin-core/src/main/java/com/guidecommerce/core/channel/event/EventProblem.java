package com.guidecommerce.core.channel.event;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.common.NoteText;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;

/**
 * Why a channel event, a CSV row or a CSV file is refused, as a {@link Note} ({@code eventProblem.…} with the values
 * it names), so that HQ reads it in the admin's language while the API keeps answering a channel's developer in
 * English. The English wording lives here, once, as a message pattern: the admin's English messages
 * ({@code gcNote.eventProblem.…}) say the same. Where a problem is (a field, a row, a row's column) is a note holding
 * the problem's note.
 */
public enum EventProblem {

    AT_FIELD("atField", "{0}: {1}"),
    AT_ROW("atRow", "row {0}: {1}"),
    AT_ROW_FIELD("atRowField", "row {0}, {1}: {2}"),
    MORE("more", "and {0} more"),

    NOT_JSON("notJson", "is not valid JSON: {0}"),
    NOT_JSON_OBJECT("notJsonObject", "must be a JSON object"),
    CURRENCY("currency", "must be an ISO 4217 code such as CNY"),
    BUYER_SHAPE("buyerShape", "must be an object with memberNo, phone or buyerId"),
    SHARE_SHAPE("shareShape", "must be an object with code and sharedAt"),
    NO_LINES("noLines", "must be a non-empty array"),
    TOO_MANY_LINES("tooManyLines", "must not have more than {0} entries"),
    NOT_OBJECT("notObject", "must be an object"),
    REPEATED_LINE("repeatedLine", "repeats line {0}"),
    NOT_POSITIVE("notPositive", "must be more than 0"),
    TYPE_REQUIRED("typeRequired", "is required: ORDER_PAID, ORDER_COMPLETED or REFUND"),
    UNKNOWN_TYPE("unknownType", "''{0}'' is not ORDER_PAID, ORDER_COMPLETED or REFUND"),
    REQUIRED("required", "is required"),
    NOT_TEXT("notText", "must be a string"),
    TOO_LONG("tooLong", "must not be longer than {0} characters"),
    NOT_NUMBER("notNumber", "must be 1 to {0} letters, digits or ASCII punctuation, without spaces"),
    NOT_PHONE("notPhone", "is not a phone number"),
    TIME_REQUIRED("timeRequired", "is required, e.g. 2026-11-23T10:15:00+08:00"),
    NOT_TIME("notTime", "must be an ISO-8601 time with its offset, e.g. 2026-11-23T10:15:00+08:00"),
    TIME_OUT_OF_RANGE("timeOutOfRange", "must be between {0} and {1}"),
    NOT_AMOUNT("notAmount", "must be a decimal amount such as \"199.00\""),
    NEGATIVE("negative", "must not be negative"),
    TOO_MANY_DECIMALS("tooManyDecimals", "must not have more than 2 decimals"),
    TOO_LARGE("tooLarge", "is too large"),
    NOT_QUANTITY("notQuantity", "must be a whole number of at least 1"),
    NOT_WHOLE("notWhole", "must be a whole number"),

    ORDER_RECEIVED("orderReceived", "order {0} was already received under another event"),
    NO_SUCH_LINE("noSuchLine", "order {0} has no line {1}"),
    REFUND_TOO_LARGE("refundTooLarge", "is more than the {0} left to refund on line {1}"),

    ROW_WIDTH("rowWidth", "has {0} columns where the header has {1}"),
    QUOTE_OPEN("quoteOpen", "a quoted field is not closed"),
    CELL("cell", "{0} ''{1}'' {2}"),
    CELL_NOT_AMOUNT("cellNotAmount", "{0} ''{1}'' is not a decimal amount such as 199.00"),
    CELL_NOT_WHOLE("cellNotWhole", "{0} ''{1}'' is not a whole number"),
    CELL_NOT_QUANTITY("cellNotQuantity", "quantity must be a whole number of at least 1"),
    CELL_DIFFERS("cellDiffers", "{0} ''{1}'' differs from the event''s first row (''{2}'')"),
    NO_HEADER("noHeader", "The file has no header row."),
    MISSING_COLUMNS("missingColumns", "The header row lacks the column(s) {0}; it needs {1}."),
    TOO_MANY_ROWS("tooManyRows", "The file has more than {0} rows; split it.");

    /** The prefix of every key. */
    public static final String KEY_PREFIX = "eventProblem.";

    private static final NoteText ENGLISH = new NoteText(englishMessages());

    private final String key;
    private final String english;

    EventProblem(String name, String english) {
        this.key = KEY_PREFIX + name;
        this.english = english;
    }

    /** The note's key ({@code eventProblem.notAmount}). */
    public String getKey() {
        return key;
    }

    /** The English message pattern, as in the admin's English messages. */
    public String getEnglish() {
        return english;
    }

    /** This problem with the values it names: text, numbers, or notes shown inside it. */
    public Note note(Object... args) {
        return Note.of(key, args);
    }

    /** A note of these problems (with the notes inside it) in English, as the API answers it. */
    public static String english(Note note) {
        return english(note.format());
    }

    /** Stored notes of these problems in English; other text as it is. */
    public static String english(String stored) {
        return ENGLISH.render(stored, Locale.ENGLISH);
    }

    private static StaticMessageSource englishMessages() {
        StaticMessageSource messages = new StaticMessageSource();
        for (EventProblem problem : values()) {
            messages.addMessage(Note.MESSAGE_PREFIX + problem.key, Locale.ENGLISH, problem.english);
        }
        return messages;
    }
}
