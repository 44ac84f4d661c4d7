package com.guidecommerce.core.birthday.rule;

import java.time.LocalDate;

/**
 * When a member is due a birthday gift: on a day inside the window of their birthday, once per gift year, provided
 * the birthday was on file, unchanged, for at least {@code gc.birthday.minDaysBeforeGift} days before the window
 * opened. A birthday first given or changed later than that pays from the next year on, so that nobody moves their
 * birthday to this week to collect a gift. Bean {@code gcBirthdayGiftTerms}.
 */
public final class GiftTerms {

    private final GiftWindow.Kind kind;
    private final int minDaysBeforeGift;

    public GiftTerms(String windowSetting, int minDaysBeforeGift) {
        this(GiftWindow.Kind.of(windowSetting), minDaysBeforeGift);
    }

    public GiftTerms(GiftWindow.Kind kind, int minDaysBeforeGift) {
        if (minDaysBeforeGift < 0) {
            throw new BirthdayException(BirthdayError.BAD_SETTING, "gc.birthday.minDaysBeforeGift",
                    String.valueOf(minDaysBeforeGift));
        }
        this.kind = kind;
        this.minDaysBeforeGift = minDaysBeforeGift;
    }

    /**
     * The window a gift is due in on {@code today}, or null when none is: {@code today} is outside every window of
     * the birthday, or the birthday was given or last changed ({@code onFileSince}, a day of HQ's zone) less than
     * the minimum number of days before the window opened.
     */
    public GiftWindow dueOn(Birthday birthday, LocalDate onFileSince, LocalDate today) {
        GiftWindow window = GiftWindow.containing(kind, birthday, today);
        if (window == null || onFileSince.isAfter(window.getFirstDay().minusDays(minDaysBeforeGift))) {
            return null;
        }
        return window;
    }

    /** The window of the birthday as celebrated in {@code year}. */
    public GiftWindow windowIn(Birthday birthday, int year) {
        return GiftWindow.of(kind, birthday, year);
    }

    public GiftWindow.Kind getKind() {
        return kind;
    }

    public int getMinDaysBeforeGift() {
        return minDaysBeforeGift;
    }
}
