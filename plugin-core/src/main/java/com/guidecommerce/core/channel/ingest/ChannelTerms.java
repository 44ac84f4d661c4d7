package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;

import java.util.Date;

/** The parts of a channel's registry entry the pipeline applies. */
final class ChannelTerms {

    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    final String code;
    final boolean startsWhenPaid;
    final int returnWindowDays;

    ChannelTerms(Channel channel) {
        this.code = channel.getCode();
        this.startsWhenPaid = !CommissionStart.COMPLETED.equals(channel.getCommissionStart());
        this.returnWindowDays = channel.getReturnWindowDays();
    }

    /** When an order completed at {@code completedAt} can no longer be returned. */
    Date frozenUntil(Date completedAt) {
        return new Date(completedAt.getTime() + returnWindowDays * DAY_MILLIS);
    }

    /** Whether an order in this state earns commission now. */
    boolean earnsCommission(OrderState order) {
        return order.isMatched() && (startsWhenPaid || order.completedAt != null);
    }
}
