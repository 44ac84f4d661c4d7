package com.guidecommerce.core.birthday.service;

import com.guidecommerce.core.birthday.domain.BirthdayOnFile;
import com.guidecommerce.core.birthday.domain.DueGift;
import com.guidecommerce.core.birthday.domain.IssuedGift;

import java.time.LocalDate;
import java.util.List;

/**
 * Members' birthdays and their birthday gifts (生日礼). A member gives a birthday (month and day, year optional);
 * in the birthday's window (setting {@code gc.birthday.window}: its Monday-to-Sunday week or its month, in HQ's
 * zone) the daily job issues them, once per year, a Broadleaf offer code of the gift offer that only they can use.
 * A birthday given or changed fewer than {@code gc.birthday.minDaysBeforeGift} days before its window opens pays
 * from the next year on. Bean {@code gcBirthdayService}.
 */
public interface BirthdayService {

    /**
     * Records the member's birthday, or changes it (appending to its history); giving the same birthday again changes
     * nothing. {@code actor}: the member's login, an admin user or a job.
     *
     * @throws com.guidecommerce.core.birthday.rule.BirthdayException when the date is not real or the member unknown
     */
    BirthdayOnFile setBirthday(Long customerId, int month, int day, Integer year, String actor);

    /** The member's birthday, or null when they have given none. */
    BirthdayOnFile birthdayOf(Long customerId);

    /** The members due a gift on {@code date} (HQ's zone) who do not have it yet. */
    List<DueGift> giftsDue(LocalDate date);

    /**
     * Issues the gifts due on {@code date}, each in its own transaction; safe to run again and on several nodes at
     * once (a member's gift of a year is issued once). Answers how many were issued by this call. Issues nothing
     * while no gift offer is set.
     */
    int issueGifts(LocalDate date);

    /** The member's gift of a gift year, or null. */
    IssuedGift giftOf(Long customerId, int year);

    /** The member's latest gift whose window has not ended today (HQ's zone), used or not; null when none. */
    IssuedGift currentGiftOf(Long customerId);

    /** Today in HQ's zone ({@code gc.default.timezone}), by Broadleaf's SystemTime. */
    LocalDate today();
}
