package com.guidecommerce.admin.review;

import com.guidecommerce.admin.test.ScheduledTasks;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.support.CronSequenceGenerator;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The member review and the ledger release run on the admin's schedule only: the admin file schedules them, the core file
 * just defines them.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberReviewScheduleTest {

    /** The admin module's test properties (gc-test/gc-test-admin.properties) move the schedule out of the tests' way. */
    private static final String TEST_CRON = "0 0 0 1 1 *";

    @Resource
    ApplicationContext context;

    @Test
    void shouldScheduleTheMemberReviewJobInTheAdminContext() {
        ScheduledTasks schedule = new ScheduledTasks(context, "gcMemberReviewScheduler");

        List<CronTask> cronTasks = schedule.cronTasks();
        assertEquals(1, cronTasks.size());
        assertEquals(1, schedule.scheduledCount(), "scheduled, not only configured");
        CronTask task = cronTasks.get(0);
        assertEquals(TEST_CRON, task.getExpression());
        ScheduledMethodRunnable runnable = (ScheduledMethodRunnable) task.getRunnable();
        assertSame(context.getBean("gcMemberReviewJob"), runnable.getTarget());
        assertEquals("run", runnable.getMethod().getName());
    }

    @Test
    void shouldDefineTheJobButNoScheduleWithoutTheAdminFile() {
        DefaultListableBeanFactory core = new DefaultListableBeanFactory();

        new XmlBeanDefinitionReader(core).loadBeanDefinitions(new ClassPathResource("gc-core-applicationContext.xml"));

        assertTrue(core.containsBeanDefinition("gcMemberReviewJob"));
        assertTrue(core.containsBeanDefinition("gcLedgerReleaseJob"));
        assertEquals(Collections.emptyList(), schedulingBeans(core));
    }

    @Test
    void shouldScheduleTheLedgerReleaseInTheAdminContext() {
        ScheduledTasks schedule = new ScheduledTasks(context, "gcLedgerScheduler");

        assertEquals(1, schedule.cronTasks().size());
        assertEquals(1, schedule.scheduledCount());
        CronTask task = schedule.cronTasks().get(0);
        assertEquals(TEST_CRON, task.getExpression());
        ScheduledMethodRunnable runnable = (ScheduledMethodRunnable) task.getRunnable();
        assertSame(context.getBean("gcLedgerReleaseJob"), runnable.getTarget());
        assertEquals("run", runnable.getMethod().getName());
    }

    @Test
    void shouldRunHourlyAtMinuteFiveByDefault() throws IOException {
        String cron = PropertiesLoaderUtils.loadProperties(new ClassPathResource("config/gc/common.properties"))
                .getProperty("gc.review.cron");
        TimeZone utc = TimeZone.getTimeZone("UTC");
        Calendar tenPast = new GregorianCalendar(utc);
        tenPast.clear();
        tenPast.set(2024, Calendar.MAY, 1, 10, 10, 0);

        Calendar next = new GregorianCalendar(utc);
        next.setTime(new CronSequenceGenerator(cron, utc).next(tenPast.getTime()));

        assertEquals(11, next.get(Calendar.HOUR_OF_DAY));
        assertEquals(5, next.get(Calendar.MINUTE));
    }

    private static List<String> schedulingBeans(DefaultListableBeanFactory factory) {
        List<String> found = new ArrayList<String>();
        for (String name : factory.getBeanDefinitionNames()) {
            String className = factory.getBeanDefinition(name).getBeanClassName();
            if (className != null && className.startsWith("org.springframework.scheduling.")) {
                found.add(name);
            }
        }
        return found;
    }
}
