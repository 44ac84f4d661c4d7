package com.guidecommerce.core.channel.order;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/** The parts of a channel's registry entry that decide what its orders' facts mean for those who react to them. */
public final class ChannelTerms {

    private final String code;
    private final boolean startsWhenPaid;
    private final int returnWindowDays;

    public ChannelTerms(Channel channel) {
        this(channel.getCode(), !CommissionStart.COMPLETED.equals(channel.getCommissionStart()),
                channel.getReturnWindowDays());
    }

    public ChannelTerms(String code, boolean startsWhenPaid, int returnWindowDays) {
        this.code = code;
        this.startsWhenPaid = startsWhenPaid;
        this.returnWindowDays = returnWindowDays;
    }

    public String getCode() {
        return code;
    }

    /** Whether the channel's orders earn commission once paid (else only once completed). */
    public boolean startsWhenPaid() {
        return startsWhenPaid;
    }

    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    /** When an order completed at {@code completedAt} can no longer be returned. */
    public Date returnWindowEnd(Date completedAt) {
        return new Date(completedAt.getTime() + TimeUnit.DAYS.toMillis(returnWindowDays));
    }
}
