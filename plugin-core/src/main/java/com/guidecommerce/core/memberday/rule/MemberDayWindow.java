package com.guidecommerce.core.memberday.rule;

import java.time.Instant;
import java.time.LocalDate;

/** One member day in a zone: its date, the moment it starts and the moment the next day starts. */
public final class MemberDayWindow {

    private final LocalDate day;
    private final Instant start;
    private final Instant end;

    public MemberDayWindow(LocalDate day, Instant start, Instant end) {
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getStart() {
        return start;
    }

    /** Exclusive: the start of the following day. */
    public Instant getEnd() {
        return end;
    }

    /** Whether the member day is under way at the moment. */
    public boolean isUnderWay(Instant moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }
}
