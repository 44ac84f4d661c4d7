package com.guidecommerce.admin.review;

import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronSequenceGenerator;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.util.ReflectionUtils;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The member review runs on the admin's schedule only: the admin file schedules it, the core file just defines it. */
@ExtendWith(BroadleafContextExtension.class)
class MemberReviewScheduleTest {

    /** The admin module's test properties (gc-test/gc-test-admin.properties) move the schedule out of the tests' way. */
    private static final String TEST_CRON = "0 0 0 1 1 *";

    @Resource
    ApplicationContext context;

    @Test
    void shouldScheduleTheMemberReviewJobInTheAdminContext() {
        // Spring 3.2's <task:scheduled-tasks> takes no id: the registrar is the one bound to our scheduler.
        ScheduledTaskRegistrar schedule = registrarOf(context.getBean("gcMemberReviewScheduler", TaskScheduler.class));

        List<CronTask> cronTasks = fieldOf(schedule, "cronTasks");
        assertEquals(1, cronTasks.size());
        assertEquals(1, this.<Set<?>>fieldOf(schedule, "scheduledFutures").size(), "scheduled, not only configured");
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
        assertEquals(Collections.emptyList(), schedulingBeans(core));
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

    private ScheduledTaskRegistrar registrarOf(TaskScheduler scheduler) {
        List<ScheduledTaskRegistrar> registrars = new ArrayList<ScheduledTaskRegistrar>();
        for (ScheduledTaskRegistrar registrar : context.getBeansOfType(ScheduledTaskRegistrar.class).values()) {
            if (registrar.getScheduler() == scheduler) {
                registrars.add(registrar);
            }
        }
        assertEquals(1, registrars.size(), "schedules on gcMemberReviewScheduler");
        return registrars.get(0);
    }

    /** Spring 3.2's registrar has no getters for its tasks. */
    @SuppressWarnings("unchecked")
    private <T> T fieldOf(ScheduledTaskRegistrar registrar, String name) {
        Field field = ReflectionUtils.findField(ScheduledTaskRegistrar.class, name);
        ReflectionUtils.makeAccessible(field);
        return (T) ReflectionUtils.getField(field, registrar);
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
