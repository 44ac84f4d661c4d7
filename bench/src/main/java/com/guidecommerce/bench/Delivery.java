package com.guidecommerce.bench;

import com.guidecommerce.core.channel.event.EventType;

/**
 * One body as the channel sends it, with what the benchmark needs to count it; {@code order}: the position of its
 * order among the channel's orders.
 */
record Delivery(String body, EventType type, int lines, boolean duplicate, boolean early, int order) {
}
