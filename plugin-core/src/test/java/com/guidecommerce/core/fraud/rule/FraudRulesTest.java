package com.guidecommerce.core.fraud.rule;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FraudRulesTest {

    private static final long T0 = 1_800_000_000_000L;
    private static final FraudThresholds THRESHOLDS = new FraudThresholds(10, 10, 0.8, 14, 5, 3);

    @Test
    void shouldFindABurstOfBindingsWithinOneHour() {
        List<Date> times = minutes(0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 120);

        List<Burst> bursts = FraudRules.bursts(times, 10);

        assertEquals(1, bursts.size());
        assertEquals(11, bursts.get(0).getCount());
        assertEquals(new Date(T0), bursts.get(0).getFirstAt());
    }

    @Test
    void shouldNotCallSteadyBindingsABurst() {
        assertTrue(FraudRules.bursts(minutes(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100), 10).isEmpty());
    }

    @Test
    void shouldFlagAGuideWhoseMatureMembersMostlyNeverBought() {
        assertTrue(FraudRules.mostlyNoPurchase(10, 8, THRESHOLDS));
        assertFalse(FraudRules.mostlyNoPurchase(10, 7, THRESHOLDS));
        assertFalse(FraudRules.mostlyNoPurchase(9, 9, THRESHOLDS), "too few members to judge");
    }

    @Test
    void shouldTakeTheFirstSevenDigitsOfAMobileNumber() {
        assertEquals("1391234", FraudRules.phonePrefix("139-1234-5678"));
        assertEquals("1391234", FraudRules.phonePrefix("+86 139 1234 5678"));
        assertNull(FraudRules.phonePrefix("0571-8700"));
        assertNull(FraudRules.phonePrefix(null));
    }

    @Test
    void shouldMatchAddressesThatDifferOnlyInSpacingAndPunctuation() {
        assertEquals(FraudRules.normaliseAddress("杭州", "西湖区 文三路 90号。"),
                FraudRules.normaliseAddress("杭州", "西湖区文三路90号"));
    }

    @Test
    void shouldReportValuesSharedByEnoughDistinctMembers() {
        Map<Long, List<String>> values = new HashMap<Long, List<String>>();
        values.put(1L, Arrays.asList("1391234", "1391234"));
        values.put(2L, Collections.singletonList("1391234"));
        values.put(3L, Arrays.asList("1391234", null));
        values.put(4L, Collections.singletonList("1501111"));

        Map<String, Set<Long>> shared = FraudRules.sharedValues(values, 3);

        assertEquals(Collections.singleton("1391234"), shared.keySet());
        assertEquals(new TreeSet<Long>(Arrays.asList(1L, 2L, 3L)), shared.get("1391234"));
    }

    private static List<Date> minutes(int... offsets) {
        List<Date> times = new ArrayList<Date>();
        for (int offset : offsets) {
            times.add(new Date(T0 + TimeUnit.MINUTES.toMillis(offset)));
        }
        return times;
    }
}
