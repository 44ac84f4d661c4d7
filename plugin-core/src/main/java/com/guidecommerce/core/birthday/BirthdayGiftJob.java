package com.guidecommerce.core.birthday;

import com.guidecommerce.core.birthday.service.BirthdayService;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.job.Job;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Issues the day's birthday gifts (HQ's day). Safe to run again and on several nodes: a member's gift of a year is
 * issued once. Runs through the job runner, scheduled daily in the admin context ({@code gc.birthday.cron}).
 */
public class BirthdayGiftJob implements Job<Integer> {

    public static final String NAME = "BIRTHDAY_GIFTS";

    private static final Log LOG = LogFactory.getLog(BirthdayGiftJob.class);

    private final BirthdayService birthdays;

    public BirthdayGiftJob(BirthdayService birthdays) {
        this.birthdays = birthdays;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Integer run() {
        int issued = birthdays.issueGifts(birthdays.today());
        LOG.info("Birthday gifts: " + issued + " issued");
        return issued;
    }

    @Override
    public String summarize(Integer issued) {
        return Note.of("job.birthdayGiftsIssued", issued).format();
    }
}
