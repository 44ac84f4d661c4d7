package com.guidecommerce.bench;

import com.guidecommerce.core.channel.event.EventType;

/** One body as the channel sends it, with what the benchmark needs to count it. */
record Delivery(String body, EventType type, int lines, boolean duplicate, boolean early) {
}
