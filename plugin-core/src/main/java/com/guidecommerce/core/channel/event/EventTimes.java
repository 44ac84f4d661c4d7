package com.guidecommerce.core.channel.event;

import com.guidecommerce.core.common.Note;
import org.broadleafcommerce.common.time.SystemTime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Times in channel events: ISO-8601 with an offset, and inside a range a real order can have, from 2000-01-01 to one
 * year after now. A time outside it (year 1, year 300000000) is a channel's mistake; stored, it would break every
 * later event of its order, every report and the database's own date types, so it is refused with the field's reason.
 */
public final class EventTimes {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final int DAYS_AHEAD = 366;

    private EventTimes() {
    }

    /** The latest time accepted now. */
    static Instant latest() {
        return Instant.ofEpochMilli(SystemTime.asMillis()).plus(DAYS_AHEAD, ChronoUnit.DAYS);
    }

    /**
     * Reads an event time.
     *
     * @throws InvalidTime with the reason, worded to follow the field's name
     */
    public static Date parse(String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidTime(EventProblem.NOT_TIME.note());
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(latest())) {
            throw new InvalidTime(EventProblem.TIME_OUT_OF_RANGE.note(day(EARLIEST), day(latest())));
        }
        return Date.from(instant);
    }

    /** A time that cannot be an event's: the message in English, the problem as a note. */
    public static final class InvalidTime extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String problem;

        InvalidTime(Note problem) {
            super(EventProblem.english(problem));
            this.problem = problem.format();
        }

        public Note getProblem() {
            return Note.parse(problem).get(0);
        }
    }

    private static String day(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
