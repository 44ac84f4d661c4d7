package com.guidecommerce.core.contest.service;

import com.guidecommerce.core.board.service.Leaderboard;
import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.rule.ContestError;
import com.guidecommerce.core.contest.rule.ContestPhase;
import com.guidecommerce.core.organisation.domain.Guide;

import java.time.LocalDate;
import java.util.List;

/**
 * Contests (PK赛): their live boards while they run, and their close, once, when the return window after their last
 * day has passed: final scores with the refunds of that window taken off, ranks, and the winners' promotion or bonus,
 * recorded with the results. Bean {@code gcContestService}.
 */
public interface ContestService {

    Contest findById(Long contestId);

    /**
     * Saves a new or open contest, as HQ's form does.
     *
     * @throws IllegalArgumentException naming the {@link ContestError}s when it breaks the rules
     */
    Contest save(Contest contest);

    /** Open contests, the latest first. */
    List<Contest> findOpen();

    /** The open contests the guide competes in (their store's, region's or the nation's) that have begun. */
    List<Contest> findRunningFor(Guide guide);

    /** The contest's first day in HQ's calendar. */
    LocalDate firstDayOf(Contest contest);

    /** The contest's last day in HQ's calendar. */
    LocalDate lastDayOf(Contest contest);

    /** Where the contest stands now, in HQ's calendar. */
    ContestPhase phaseOf(Contest contest);

    /** What HQ's form must fix before the contest can be saved; empty when nothing. */
    List<ContestError> check(Contest contest);

    /**
     * The contest's board so far: its first {@code topN} guides (or stores) over its days up to today, from the
     * performance boards' figures (a refund counts on the day it happened). Kept for a minute, as the workbenches of
     * a whole nation read it.
     */
    Leaderboard liveBoard(Contest contest, int topN);

    /**
     * Closes the contest if it is due and still open: scores, ranks, results and rewards in one transaction. Returns
     * false, changing nothing, when it is not due or is closed already (by this node or another, now or before).
     */
    boolean close(Long contestId, String actor);

    /** Closes every open contest that is due; returns how many this call closed. */
    int closeDue(String actor);
}
