package com.guidecommerce.core.birthday.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GiftTermsTest {

    private final GiftTerms weekly = new GiftTerms("WEEK", 30);
    private final Birthday thursdayTenth = Birthday.stored(12, 10, 1990);

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void shouldBeDueInsideTheWindowOfABirthdayOnFileLongEnough() {
        GiftWindow due = weekly.dueOn(thursdayTenth, day("2025-05-01"), day("2026-12-08"));

        assertEquals(2026, due.getGiftYear());
        assertEquals(day("2026-12-07"), due.getFirstDay());
    }

    @Test
    void shouldNotBeDueOutsideTheWindow() {
        assertNull(weekly.dueOn(thursdayTenth, day("2025-05-01"), day("2026-12-06")));
        assertNull(weekly.dueOn(thursdayTenth, day("2025-05-01"), day("2026-12-14")));
    }

    @Test
    void shouldPayABirthdayGivenTenDaysAgoFromNextYearOnly() {
        assertNull(weekly.dueOn(thursdayTenth, day("2026-11-28"), day("2026-12-08")));

        assertEquals(2027, weekly.dueOn(thursdayTenth, day("2026-11-28"), day("2027-12-08")).getGiftYear());
    }

    @Test
    void shouldCountTheThirtyDaysUpToTheDayTheWindowOpens() {
        assertEquals(2026, weekly.dueOn(thursdayTenth, day("2026-11-07"), day("2026-12-13")).getGiftYear(),
                "on file 30 days before the Monday");
        assertNull(weekly.dueOn(thursdayTenth, day("2026-11-08"), day("2026-12-13")),
                "on file 29 days before the Monday");
    }

    @Test
    void shouldNotBecomeDueLaterInTheSameWindowOnceTheThirtyDaysHavePassed() {
        GiftTerms monthly = new GiftTerms("MONTH", 30);

        assertNull(monthly.dueOn(thursdayTenth, day("2026-11-20"), day("2026-12-31")));
    }

    @Test
    void shouldDueAtOnceWhenTheMinimumIsZero() {
        GiftTerms noWait = new GiftTerms(GiftWindow.Kind.WEEK, 0);

        assertEquals(2026, noWait.dueOn(thursdayTenth, day("2026-12-07"), day("2026-12-07")).getGiftYear());
    }
}
