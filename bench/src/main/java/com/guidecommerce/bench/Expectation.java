package com.guidecommerce.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What the generated stream must leave behind, computed while generating: counts, money in fen, and per order the
 * commission and reversal totals the plan implies (keyed {@code CHANNEL:orderNo}).
 */
final class Expectation {

    long orders;
    long paidLines;
    long paidFen;
    long refundedFen;
    long completions;
    long refunds;
    long duplicates;
    long early;
    long unmatchedOrders;
    long sharedOrders;
    long commissionFen;
    long reversalFen;
    /** {commission fen, reversal fen (negative)} per order that earns anything. */
    final Map<String, long[]> perOrder = new HashMap<>();

    long events() {
        return orders + completions + refunds + duplicates;
    }
}
