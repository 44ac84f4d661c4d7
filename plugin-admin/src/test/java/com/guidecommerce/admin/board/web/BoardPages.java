package com.guidecommerce.admin.board.web;

import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.core.board.job.RankSnapshotJob;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.FigureTablesFixture;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * The board pages' controllers made of the admin's real beans (as its servlet context file declares them), the
 * organisation and figures they read, and the clock.
 */
final class BoardPages {

    final OrganisationFixtures organisation;
    final FigureTablesFixture figures;
    final OrganisationService organisationService;
    private final ApplicationContext context;

    BoardPages(ApplicationContext context) {
        this.context = context;
        this.organisation = new OrganisationFixtures(context);
        this.figures = new FigureTablesFixture(context.getBean("gcJdbcTemplate", JdbcTemplate.class));
        this.organisationService = context.getBean("gcOrganisationService", OrganisationService.class);
    }

    DashboardController dashboard() {
        return new DashboardController(bean("gcBoardService", BoardService.class),
                bean("gcDashboardCharts", DashboardCharts.class), organisationService,
                bean("gcBoardPageSupport", BoardPageSupport.class));
    }

    LeaderboardController leaderboard() {
        return new LeaderboardController(bean("gcBoardService", BoardService.class),
                bean("gcRankSnapshotJob", RankSnapshotJob.class), bean("gcJobPageSupport", JobPageSupport.class),
                bean("gcLeaderboardTable", LeaderboardTable.class), organisationService,
                bean("gcBoardPageSupport", BoardPageSupport.class));
    }

    MessageSource messages() {
        return bean("messageSource", MessageSource.class);
    }

    /** Another store in the region of {@code store}. */
    Store storeBeside(Store store) {
        Store beside = organisation.store();
        beside.setRegion(store.getRegion());
        return organisationService.saveStore(beside);
    }

    static void at(String instant) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(Instant.parse(instant).toEpochMilli()));
    }

    private <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }
}
