package com.guidecommerce.core.birthday.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BirthdayTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    private static BirthdayError refusal(int month, int day, Integer year) {
        return assertThrows(BirthdayException.class, () -> Birthday.of(month, day, year, TODAY)).getError();
    }

    @Test
    void shouldAcceptAMonthAndDayWithoutAYear() {
        Birthday birthday = Birthday.of(2, 29, null, TODAY);

        assertEquals(2, birthday.getMonth());
        assertEquals(29, birthday.getDay());
        assertNull(birthday.getYear());
        assertEquals("02-29", birthday.toString());
    }

    @Test
    void shouldAcceptThe29thOfFebruaryOfALeapYear() {
        assertEquals("2000-02-29", Birthday.of(2, 29, 2000, TODAY).toString());
    }

    @Test
    void shouldRefuseDatesThatDoNotExist() {
        assertEquals(BirthdayError.NO_SUCH_MONTH, refusal(13, 1, null));
        assertEquals(BirthdayError.NO_SUCH_MONTH, refusal(0, 1, null));
        assertEquals(BirthdayError.NO_SUCH_DAY, refusal(4, 31, null));
        assertEquals(BirthdayError.NO_SUCH_DAY, refusal(2, 30, null));
        assertEquals(BirthdayError.NO_SUCH_DAY, refusal(1, 0, 1990));
        assertEquals(BirthdayError.NOT_A_LEAP_YEAR, refusal(2, 29, 1999));
    }

    @Test
    void shouldRefuseBirthYearsOutsideALifetimeAndDatesAfterToday() {
        assertEquals(BirthdayError.YEAR_OUT_OF_RANGE, refusal(5, 1, 1899));
        assertEquals(BirthdayError.YEAR_OUT_OF_RANGE, refusal(5, 1, 2027));
        assertEquals(BirthdayError.IN_THE_FUTURE, refusal(12, 7, 2026));
        assertEquals("2026-12-06", Birthday.of(12, 6, 2026, TODAY).toString());
    }

    @Test
    void shouldNameTheValuesTheMemberGaveInTheError() {
        BirthdayException refused = assertThrows(BirthdayException.class, () -> Birthday.of(4, 31, null, TODAY));

        assertArrayEquals(new Object[] {4, 31}, refused.getArguments());
        assertEquals("NO_SUCH_DAY: Month 4 has no day 31.", refused.getMessage());
    }
}
