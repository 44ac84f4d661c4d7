package com.guidecommerce.site.memberday;

import com.guidecommerce.core.memberday.rule.MemberDayWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Chooses what the member-day banner shows: a member day under way in the mall's zone (one whose discount is the
 * member's own first), otherwise the member day starting soonest within the horizon, otherwise nothing.
 */
public final class MemberDayBannerRule {

    /** How far ahead the banner announces the next member day. */
    public static final Duration HORIZON = Duration.ofDays(7);

    private MemberDayBannerRule() {
    }

    /** A campaign that prices the own mall, its member day under way or next, and the discount to show. */
    public static final class Candidate {
        final String name;
        final MemberDayWindow window;
        final TierOffer offer;
        final boolean ownOffer;

        /**
         * @param window   the member day under way or next in the mall's zone; {@code null} when none is left
         * @param offer    the discount to show, {@code null} for none
         * @param ownOffer whether the discount is the member's own tier's
         */
        public Candidate(String name, MemberDayWindow window, TierOffer offer, boolean ownOffer) {
            this.name = name;
            this.window = window;
            this.offer = offer;
            this.ownOffer = ownOffer;
        }
    }

    /** The banner, or {@code null} when no member day is under way nor starts within the horizon. */
    public static MemberDayBanner decide(List<Candidate> candidates, Instant now, ZoneId zone) {
        Candidate on = null;
        Candidate next = null;
        for (Candidate candidate : candidates) {
            MemberDayWindow window = candidate.window;
            if (window == null || !now.isBefore(window.getEnd())) {
                continue;
            }
            if (window.isUnderWay(now)) {
                if (on == null || rank(candidate) > rank(on)) {
                    on = candidate;
                }
            } else if (!window.getStart().isAfter(now.plus(HORIZON))
                    && (next == null || window.getStart().isBefore(next.window.getStart())
                    || (window.getStart().equals(next.window.getStart()) && rank(candidate) > rank(next)))) {
                next = candidate;
            }
        }
        Candidate chosen = on != null ? on : next;
        if (chosen == null) {
            return null;
        }
        MemberDayWindow window = chosen.window;
        return new MemberDayBanner(chosen.name, on != null, window.getDay(), window.getStart(), window.getEnd(), now,
                zone, chosen.offer, chosen.ownOffer && chosen.offer != null);
    }

    /** The member's own discount first, then any discount, then none. */
    private static int rank(Candidate candidate) {
        if (candidate.offer == null) {
            return 0;
        }
        return candidate.ownOffer ? 2 : 1;
    }
}
