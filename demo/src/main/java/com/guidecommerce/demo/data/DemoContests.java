package com.guidecommerce.demo.data;

import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestImpl;
import com.guidecommerce.core.contest.domain.ContestMetric;
import com.guidecommerce.core.contest.domain.ContestMode;
import com.guidecommerce.core.contest.domain.ContestReward;
import com.guidecommerce.core.contest.domain.ContestScope;
import com.guidecommerce.core.contest.service.ContestService;
import org.broadleafcommerce.common.time.SystemTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import javax.annotation.Resource;

/**
 * The demo's contests (PK赛): this month's national net-sales contest, running, whose top 3 become super guides (its
 * live board is on every guide's workbench), and the net-sales contest of the month before last with a bonus for its
 * top 3, closed at load with its results, as the admin's job would have closed it.
 */
public class DemoContests {

    @Resource(name = "gcContestService")
    protected ContestService contestService;

    @Resource(name = "gcStoreTimeZones")
    protected StoreTimeZones timeZones;

    public void load() {
        ZoneId hq = timeZones.getDefaultZone();
        LocalDate today = SystemTime.asDate().toInstant().atZone(hq).toLocalDate();
        LocalDate thisMonth = today.withDayOfMonth(1);
        Contest running = contest(today.getMonthValue() + " 月全国销售 PK 赛", thisMonth,
                thisMonth.plusMonths(1).minusDays(1), ContestMetric.NET_SALES, hq);
        running.setReward(ContestReward.PROMOTION);
        running.setRewardTier("SUPER");
        contestService.save(running);

        LocalDate earlier = thisMonth.minusMonths(2);
        Contest closed = contest(earlier.getMonthValue() + " 月全国业绩 PK 赛", earlier,
                earlier.plusMonths(1).minusDays(1), ContestMetric.NET_SALES, hq);
        closed.setReward(ContestReward.BONUS);
        closed.setBonusAmount(new BigDecimal("500.00"));
        Long id = contestService.save(closed).getId();
        contestService.close(id, "admin");
    }

    private static Contest contest(String name, LocalDate first, LocalDate last, ContestMetric metric, ZoneId hq) {
        Contest contest = new ContestImpl();
        contest.setName(name);
        // Noon of each day in HQ's calendar: the same date wherever the admin's server shows it.
        contest.setStartDate(Date.from(first.atTime(12, 0).atZone(hq).toInstant()));
        contest.setEndDate(Date.from(last.atTime(12, 0).atZone(hq).toInstant()));
        contest.setScope(ContestScope.NATION);
        contest.setMetric(metric);
        contest.setMode(ContestMode.INDIVIDUAL);
        contest.setTopN(3);
        contest.setReturnWindowDays(7);
        return contest;
    }
}
