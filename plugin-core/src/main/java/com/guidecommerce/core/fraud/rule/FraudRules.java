package com.guidecommerce.core.fraud.rule;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** Pattern checks on a guide's bindings and members. Plain functions of their inputs. */
public final class FraudRules {

    private static final long HOUR = TimeUnit.HOURS.toMillis(1);
    private static final int PHONE_PREFIX_DIGITS = 7;

    private FraudRules() {
    }

    /**
     * Groups of at least the threshold of bindings within one hour. Each binding belongs to at most one burst; a burst
     * starts at its first binding.
     *
     * @param bindingTimes binding moments in ascending order
     */
    public static List<Burst> bursts(List<Date> bindingTimes, int threshold) {
        List<Burst> bursts = new ArrayList<Burst>();
        int i = 0;
        while (i < bindingTimes.size()) {
            long windowEnd = bindingTimes.get(i).getTime() + HOUR;
            int j = i;
            while (j < bindingTimes.size() && bindingTimes.get(j).getTime() < windowEnd) {
                j++;
            }
            if (j - i >= threshold) {
                bursts.add(new Burst(bindingTimes.get(i), bindingTimes.get(j - 1), j - i));
                i = j;
            } else {
                i++;
            }
        }
        return bursts;
    }

    /** Whether too many of the guide's mature members (bound long enough ago) never bought. */
    public static boolean mostlyNoPurchase(int matureMembers, int matureMembersWithoutPurchase, FraudThresholds thresholds) {
        return matureMembers >= thresholds.getNoPurchaseMinimumMembers()
                && matureMembersWithoutPurchase >= Math.ceil(matureMembers * thresholds.getNoPurchaseRatio());
    }

    /** The first seven digits of a mainland mobile number (the 号段 and region), or {@code null} if it is not one. */
    public static String phonePrefix(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.length() == 11 ? digits.substring(0, PHONE_PREFIX_DIGITS) : null;
    }

    /** An address reduced to what identifies the place: letters and digits only, lower case. */
    public static String normaliseAddress(String city, String line) {
        if (line == null || line.trim().isEmpty()) {
            return null;
        }
        String joined = (city == null ? "" : city) + line;
        return joined.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}，。、（）·]+", "");
    }

    /**
     * Values shared by at least {@code minimumMembers} distinct members.
     *
     * @param valuesByMember each member's values (phone prefixes or normalised addresses); nulls are ignored
     */
    public static Map<String, Set<Long>> sharedValues(Map<Long, ? extends Iterable<String>> valuesByMember,
                                                      int minimumMembers) {
        Map<String, Set<Long>> membersByValue = new HashMap<String, Set<Long>>();
        for (Map.Entry<Long, ? extends Iterable<String>> member : valuesByMember.entrySet()) {
            for (String value : member.getValue()) {
                if (value == null) {
                    continue;
                }
                if (!membersByValue.containsKey(value)) {
                    membersByValue.put(value, new TreeSet<Long>());
                }
                membersByValue.get(value).add(member.getKey());
            }
        }
        Map<String, Set<Long>> shared = new LinkedHashMap<String, Set<Long>>();
        for (Map.Entry<String, Set<Long>> entry : membersByValue.entrySet()) {
            if (entry.getValue().size() >= minimumMembers) {
                shared.put(entry.getKey(), entry.getValue());
            }
        }
        return shared;
    }
}
