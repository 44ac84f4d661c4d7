package com.guidecommerce.bench;

import java.util.List;

/** The channels of the stream and their share of orders. */
final class BenchChannels {

    static final List<String> CODES = List.of("TMALL", "JD", "YOUZAN", "DOUYIN", "POS", "OWN_MALL");
    static final List<String> PREFIXES = List.of("TM", "JD", "YZ", "DY", "POS", "OM");
    private static final int[] WEIGHTS = {25, 20, 15, 15, 15, 10};

    private BenchChannels() {
    }

    static int pick(int percentile) {
        int acc = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            acc += WEIGHTS[i];
            if (percentile < acc) {
                return i;
            }
        }
        return WEIGHTS.length - 1;
    }
}
