package com.guidecommerce.admin;

import com.guidecommerce.admin.test.ScheduledTasks;
import com.guidecommerce.core.job.Job;
import com.guidecommerce.core.job.ScheduledJob;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.scheduling.support.CronSequenceGenerator;
import org.springframework.util.PropertyPlaceholderHelper;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin's jobs are scheduled in the admin context only, each through the job runner (a {@link ScheduledJob}),
 * never by scheduling the job bean itself; the core file only defines them.
 */
@ExtendWith(BroadleafContextExtension.class)
class JobScheduleTest {

    /** The admin module's test properties (gc-test/gc-test-admin.properties) move the schedules out of the tests' way. */
    private static final Date NEXT_NEW_YEAR = Date.from(LocalDateTime.of(Year.now().getValue() + 1, 1, 1, 0, 0)
            .atZone(ZoneId.systemDefault()).toInstant());

    @Resource
    ApplicationContext context;

    @Test
    void shouldScheduleTheMemberReviewAtItsCron() {
        ScheduledJob schedule = context.getBean("gcMemberReviewSchedule", ScheduledJob.class);

        assertSame(context.getBean("gcMemberReviewJob"), schedule.getJob());
        assertEquals(NEXT_NEW_YEAR, schedule.getNextTurn(), "scheduled, not only configured");
    }

    @Test
    void shouldScheduleTheLedgerReleaseAtItsCron() {
        ScheduledJob schedule = context.getBean("gcLedgerReleaseSchedule", ScheduledJob.class);

        assertSame(context.getBean("gcLedgerReleaseJob"), schedule.getJob());
        assertEquals(NEXT_NEW_YEAR, schedule.getNextTurn());
    }

    @Test
    void shouldScheduleTheRankSnapshotAtItsCron() {
        ScheduledJob schedule = context.getBean("gcRankSnapshotSchedule", ScheduledJob.class);

        assertSame(context.getBean("gcRankSnapshotJob"), schedule.getJob());
        assertEquals(NEXT_NEW_YEAR, schedule.getNextTurn());
    }

    @Test
    void shouldScheduleTheTierEvaluationAtItsCron() {
        ScheduledJob schedule = context.getBean("gcTierEvaluationSchedule", ScheduledJob.class);

        assertSame(context.getBean("gcTierEvaluationJob"), schedule.getJob());
        assertEquals(NEXT_NEW_YEAR, schedule.getNextTurn());
    }

    @Test
    void shouldScheduleTheBirthdayGiftsAtItsCron() {
        ScheduledJob schedule = context.getBean("gcBirthdayGiftSchedule", ScheduledJob.class);

        assertSame(context.getBean("gcBirthdayGiftJob"), schedule.getJob());
        assertEquals(NEXT_NEW_YEAR, schedule.getNextTurn());
    }

    @Test
    void shouldRetagMembersAtItsCronAndDailyAfterOneByDefault() throws IOException {
        ScheduledJob schedule = context.getBean("gcMemberTagSchedule", ScheduledJob.class);
        Calendar next = nextTurnAfter("gc.memberTag.cron", 10, 11);

        assertSame(context.getBean("gcMemberTagJob"), schedule.getJob());
        assertEquals(NEXT_NEW_YEAR, schedule.getNextTurn());
        assertEquals(2, next.get(Calendar.DAY_OF_MONTH));
        assertEquals(1, next.get(Calendar.HOUR_OF_DAY));
        assertEquals(10, next.get(Calendar.MINUTE));
    }

    @Test
    void shouldIssueTheBirthdayGiftsDailyAfterMidnightByDefault() throws IOException {
        Calendar next = nextTurnAfter("gc.birthday.cron", 10, 11);

        assertEquals(2, next.get(Calendar.DAY_OF_MONTH));
        assertEquals(0, next.get(Calendar.HOUR_OF_DAY));
        assertEquals(20, next.get(Calendar.MINUTE));
    }

    @Test
    void shouldScheduleThePackageCardLinksAtItsCron() {
        ScheduledJob schedule = context.getBean("gcPackageCardLinkSchedule", ScheduledJob.class);

        assertSame(context.getBean("gcPackageCardLinkJob"), schedule.getJob());
        assertEquals(NEXT_NEW_YEAR, schedule.getNextTurn());
    }

    @Test
    void shouldLinkPendingPackageCardClaimsEveryFiveMinutesByDefault() throws IOException {
        Calendar next = nextTurnAfter("gc.packageCard.linkCron", 10, 11);

        assertEquals(10, next.get(Calendar.HOUR_OF_DAY));
        assertEquals(15, next.get(Calendar.MINUTE));
    }

    @Test
    void shouldRebuildTheRanksEveryFiveMinutesByDefault() throws IOException {
        Calendar next = nextTurnAfter("gc.board.rankCron", 10, 11);

        assertEquals(10, next.get(Calendar.HOUR_OF_DAY));
        assertEquals(15, next.get(Calendar.MINUTE));
    }

    @Test
    void shouldScheduleEveryJobThroughTheRunnerAndNoJobDirectly() {
        Set<Object> scheduledThroughRunner = new HashSet<Object>();
        for (ScheduledJob schedule : context.getBeansOfType(ScheduledJob.class).values()) {
            scheduledThroughRunner.add(schedule.getJob());
        }

        assertEquals(new HashSet<Object>(context.getBeansOfType(Job.class).values()), scheduledThroughRunner);
        for (Object target : ScheduledTasks.targets(context)) {
            assertFalse(target instanceof Job, "scheduled directly, without the runner's lock: " + target);
        }
    }

    @Test
    void shouldDefineTheJobsButNoScheduleWithoutTheAdminFile() {
        DefaultListableBeanFactory core = new DefaultListableBeanFactory();

        new XmlBeanDefinitionReader(core).loadBeanDefinitions(new ClassPathResource("gc-core-applicationContext.xml"));

        assertTrue(core.containsBeanDefinition("gcMemberReviewJob"));
        assertTrue(core.containsBeanDefinition("gcLedgerReleaseJob"));
        assertTrue(core.containsBeanDefinition("gcJobRunner"));
        assertEquals(Collections.emptyList(), schedulingBeans(core));
    }

    @Test
    void shouldRunTheReviewHourlyAtMinuteFiveByDefault() throws IOException {
        Calendar next = nextTurnAfter("gc.review.cron", 10, 10);

        assertEquals(11, next.get(Calendar.HOUR_OF_DAY));
        assertEquals(5, next.get(Calendar.MINUTE));
    }

    /** The first turn after hour:minute UTC on 1 May 2024 of the default cron under the key (placeholders resolved). */
    private static Calendar nextTurnAfter(String cronKey, int hour, int minute) throws IOException {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("config/gc/common.properties"));
        String cron = new PropertyPlaceholderHelper("${", "}").replacePlaceholders(defaults.getProperty(cronKey),
                defaults);
        TimeZone utc = TimeZone.getTimeZone("UTC");
        Calendar after = new GregorianCalendar(utc);
        after.clear();
        after.set(2024, Calendar.MAY, 1, hour, minute, 0);
        Calendar next = new GregorianCalendar(utc);
        next.setTime(new CronSequenceGenerator(cron, utc).next(after.getTime()));
        return next;
    }

    private static List<String> schedulingBeans(DefaultListableBeanFactory factory) {
        List<String> found = new ArrayList<String>();
        for (String name : factory.getBeanDefinitionNames()) {
            String className = factory.getBeanDefinition(name).getBeanClassName();
            if (className != null && (className.startsWith("org.springframework.scheduling.")
                    || className.equals(ScheduledJob.class.getName()))) {
                found.add(name);
            }
        }
        return found;
    }
}
