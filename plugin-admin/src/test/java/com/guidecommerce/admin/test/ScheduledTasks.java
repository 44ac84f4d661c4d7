package com.guidecommerce.admin.test;

import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@code <task:scheduled-tasks>} registered on one scheduler. Spring 3.2's element takes no id and its registrar
 * has no getters for its tasks, so the registrar is found by its scheduler and read by reflection.
 */
public final class ScheduledTasks {

    private final ScheduledTaskRegistrar registrar;

    public ScheduledTasks(ApplicationContext context, String schedulerBean) {
        TaskScheduler scheduler = context.getBean(schedulerBean, TaskScheduler.class);
        List<ScheduledTaskRegistrar> registrars = new ArrayList<ScheduledTaskRegistrar>();
        for (ScheduledTaskRegistrar candidate : context.getBeansOfType(ScheduledTaskRegistrar.class).values()) {
            if (candidate.getScheduler() == scheduler) {
                registrars.add(candidate);
            }
        }
        assertEquals(1, registrars.size(), "schedules on " + schedulerBean);
        this.registrar = registrars.get(0);
    }

    public List<CronTask> cronTasks() {
        return field("cronTasks");
    }

    /** How many tasks were actually scheduled, not only configured. */
    public int scheduledCount() {
        return this.<Set<?>>field("scheduledFutures").size();
    }

    @SuppressWarnings("unchecked")
    private <T> T field(String name) {
        Field field = ReflectionUtils.findField(ScheduledTaskRegistrar.class, name);
        ReflectionUtils.makeAccessible(field);
        return (T) ReflectionUtils.getField(field, registrar);
    }
}
