package com.guidecommerce.core.common.time;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Times are written in the zone asked for, whatever the server's, in the reader's format. */
class DisplayTimesTest {

    /** 17:30 on 3 November in UTC: half past one on 4 November in Shanghai. */
    private static final Date MOMENT = Date.from(Instant.parse("2026-11-03T17:30:05Z"));
    private static final DisplayTimes SHANGHAI = new DisplayTimes(ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldWriteAMomentInTheZoneForChineseReaders() {
        assertEquals("2026-11-04 01:30", SHANGHAI.dateTime(MOMENT, Locale.SIMPLIFIED_CHINESE));
        assertEquals("2026-11-04", SHANGHAI.date(MOMENT, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void shouldWriteMonthNamesAndTwelveHoursForEnglishReaders() {
        assertEquals("Nov 4, 2026 1:30 AM", SHANGHAI.dateTime(MOMENT, Locale.US));
        assertEquals("Nov 3, 2026 5:30 PM", new DisplayTimes(ZoneId.of("UTC")).dateTime(MOMENT, Locale.ENGLISH));
    }

    @Test
    void shouldEndAPeriodOnTheLastDayBeforeItsExclusiveEnd() {
        Date start = Date.from(Instant.parse("2026-10-31T16:00:00Z"));
        Date end = Date.from(Instant.parse("2026-11-30T16:00:00Z"));

        assertEquals("2026-11-01 – 2026-11-30", SHANGHAI.period(start, end, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Nov 1, 2026 – Nov 30, 2026", SHANGHAI.period(start, end, Locale.US));
        assertEquals("2026-11-01", SHANGHAI.fileDate(start));
        assertEquals("2026-11-30", SHANGHAI.fileLastDay(end));
    }

    @Test
    void shouldWriteFilesToTheSecondAndNothingForNoMoment() {
        assertEquals("2026-11-04 01:30:05", SHANGHAI.fileDateTime(MOMENT));
        assertEquals("2026-11-04 01:30:05", SHANGHAI.fileDateTime(new Timestamp(MOMENT.getTime())));
        assertEquals("", SHANGHAI.dateTime(null, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Asia/Shanghai", SHANGHAI.getZoneName());
    }
}
