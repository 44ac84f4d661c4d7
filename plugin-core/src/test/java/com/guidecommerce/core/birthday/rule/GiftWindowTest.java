package com.guidecommerce.core.birthday.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GiftWindowTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void shouldRunTheWeekFromMondayToSundayAroundTheBirthday() {
        GiftWindow window = GiftWindow.of(GiftWindow.Kind.WEEK, Birthday.stored(12, 10, null), 2026);

        assertEquals(day("2026-12-07"), window.getFirstDay());
        assertEquals(day("2026-12-13"), window.getLastDay());
        assertEquals(2026, window.getGiftYear());
    }

    @Test
    void shouldStartTheWeekOnTheBirthdayWhenItIsAMondayAndEndItOnTheBirthdayWhenItIsASunday() {
        assertEquals(day("2026-12-07"),
                GiftWindow.of(GiftWindow.Kind.WEEK, Birthday.stored(12, 7, null), 2026).getFirstDay());
        assertEquals(day("2026-12-13"),
                GiftWindow.of(GiftWindow.Kind.WEEK, Birthday.stored(12, 13, null), 2026).getLastDay());
    }

    @Test
    void shouldRunTheMonthFromItsFirstToItsLastDay() {
        GiftWindow window = GiftWindow.of(GiftWindow.Kind.MONTH, Birthday.stored(2, 14, null), 2028);

        assertEquals(day("2028-02-01"), window.getFirstDay());
        assertEquals(day("2028-02-29"), window.getLastDay());
    }

    @Test
    void shouldCelebrateThe29thOfFebruaryOnThe28thOutsideLeapYears() {
        Birthday leapDay = Birthday.stored(2, 29, 2000);

        assertEquals(day("2027-02-28"), leapDay.celebratedIn(2027));
        assertEquals(day("2028-02-29"), leapDay.celebratedIn(2028));
        GiftWindow week2027 = GiftWindow.of(GiftWindow.Kind.WEEK, leapDay, 2027);
        assertEquals(day("2027-02-22"), week2027.getFirstDay());
        assertEquals(day("2027-02-28"), week2027.getLastDay());
        GiftWindow week2028 = GiftWindow.of(GiftWindow.Kind.WEEK, leapDay, 2028);
        assertEquals(day("2028-02-28"), week2028.getFirstDay());
        assertEquals(day("2028-03-05"), week2028.getLastDay());
    }

    @Test
    void shouldGiveTheWeekOfABirthdayOnThe30thOfDecemberToItsYearAlsoAfterNewYear() {
        Birthday birthday = Birthday.stored(12, 30, null);

        GiftWindow onNewYearsDay = GiftWindow.containing(GiftWindow.Kind.WEEK, birthday, day("2027-01-02"));

        assertEquals(2026, onNewYearsDay.getGiftYear());
        assertEquals(day("2026-12-28"), onNewYearsDay.getFirstDay());
        assertEquals(day("2027-01-03"), onNewYearsDay.getLastDay());
        assertNull(GiftWindow.containing(GiftWindow.Kind.WEEK, birthday, day("2027-01-04")));
        assertNull(GiftWindow.containing(GiftWindow.Kind.WEEK, birthday, day("2026-12-27")));
    }

    @Test
    void shouldGiveTheWeekOfABirthdayOnThe2ndOfJanuaryToTheNewYearAlreadyInDecember() {
        GiftWindow window = GiftWindow.containing(GiftWindow.Kind.WEEK, Birthday.stored(1, 2, null),
                day("2026-12-29"));

        assertEquals(2027, window.getGiftYear());
        assertEquals(day("2026-12-28"), window.getFirstDay());
    }

    @Test
    void shouldFindTheMonthWindowOnlyInsideTheBirthdayMonth() {
        Birthday birthday = Birthday.stored(12, 30, null);

        assertEquals(2026, GiftWindow.containing(GiftWindow.Kind.MONTH, birthday, day("2026-12-01")).getGiftYear());
        assertNull(GiftWindow.containing(GiftWindow.Kind.MONTH, birthday, day("2027-01-02")));
        assertNull(GiftWindow.containing(GiftWindow.Kind.MONTH, birthday, day("2026-11-30")));
    }

    @Test
    void shouldRefuseAWindowSettingThatIsNeitherWeekNorMonth() {
        BirthdayException refused = assertThrows(BirthdayException.class, () -> GiftWindow.Kind.of("DAY"));

        assertEquals(BirthdayError.BAD_SETTING, refused.getError());
        assertEquals(GiftWindow.Kind.MONTH, GiftWindow.Kind.of(" month "));
    }
}
