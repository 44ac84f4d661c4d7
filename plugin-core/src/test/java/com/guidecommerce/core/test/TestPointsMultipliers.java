package com.guidecommerce.core.test;

import com.guidecommerce.core.memberday.service.PointsMultipliers;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test context's member-day multipliers: wraps bean {@code gcPointsMultipliers} (whatever implements it) so that a
 * test can give one member a multiplier of its choosing; every other member gets what the real bean says.
 */
public class TestPointsMultipliers implements BeanPostProcessor {

    private static final Map<Long, BigDecimal> BY_MEMBER = new ConcurrentHashMap<Long, BigDecimal>();

    /** From now on, the member's orders earn {@code multiplier} times the usual points. */
    public static void give(Long customerId, BigDecimal multiplier) {
        BY_MEMBER.put(customerId, multiplier);
    }

    public static void forget(Long customerId) {
        BY_MEMBER.remove(customerId);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!"gcPointsMultipliers".equals(beanName) || !(bean instanceof PointsMultipliers)) {
            return bean;
        }
        final PointsMultipliers real = (PointsMultipliers) bean;
        return new PointsMultipliers() {
            @Override
            public BigDecimal multiplierFor(Long customerId, String channelCode, String storeCode, Date paidAt) {
                BigDecimal given = customerId == null ? null : BY_MEMBER.get(customerId);
                return given != null ? given : real.multiplierFor(customerId, channelCode, storeCode, paidAt);
            }
        };
    }
}
