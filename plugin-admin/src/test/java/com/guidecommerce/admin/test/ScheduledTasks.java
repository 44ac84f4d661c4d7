package com.guidecommerce.admin.test;

import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.config.Task;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The beans that {@code <task:scheduled-tasks>} elements of a context call. Spring 3.2's registrar has no getters for
 * its tasks, so they are read by reflection.
 */
public final class ScheduledTasks {

    private static final String[] TASK_LISTS = {"triggerTasks", "cronTasks", "fixedRateTasks", "fixedDelayTasks"};

    private ScheduledTasks() {
    }

    /** The target bean of every scheduled method, on every registrar of the context. */
    public static List<Object> targets(ApplicationContext context) {
        List<Object> targets = new ArrayList<Object>();
        for (ScheduledTaskRegistrar registrar : context.getBeansOfType(ScheduledTaskRegistrar.class).values()) {
            for (String list : TASK_LISTS) {
                for (Task task : ScheduledTasks.<List<Task>>field(registrar, list)) {
                    Runnable runnable = task.getRunnable();
                    targets.add(runnable instanceof ScheduledMethodRunnable
                            ? ((ScheduledMethodRunnable) runnable).getTarget() : runnable);
                }
            }
        }
        return targets;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(ScheduledTaskRegistrar registrar, String name) {
        Field field = ReflectionUtils.findField(ScheduledTaskRegistrar.class, name);
        ReflectionUtils.makeAccessible(field);
        T value = (T) ReflectionUtils.getField(field, registrar);
        return value != null ? value : (T) new ArrayList<Object>();
    }
}
