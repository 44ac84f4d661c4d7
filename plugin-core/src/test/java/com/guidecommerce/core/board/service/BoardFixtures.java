package com.guidecommerce.core.board.service;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.FigureTablesFixture;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;

/** Stores in a zone, guides, and their daily figures, for the board tests. */
final class BoardFixtures {

    final OrganisationFixtures organisation;
    final FigureTablesFixture figures;
    private final OrganisationService organisationService;

    BoardFixtures(ApplicationContext context) {
        this.organisation = new OrganisationFixtures(context);
        this.figures = new FigureTablesFixture(context.getBean("gcJdbcTemplate", JdbcTemplate.class));
        this.organisationService = context.getBean("gcOrganisationService", OrganisationService.class);
    }

    Store store(String zone) {
        Store store = organisation.store();
        store.setTimeZoneId(zone);
        return organisationService.saveStore(store);
    }

    /** A store in the region of another. */
    Store storeBeside(Store other) {
        Store store = organisation.store();
        store.setRegion(other.getRegion());
        store.setTimeZoneId(other.getTimeZoneId());
        return organisationService.saveStore(store);
    }

    /** Net sales {@code sales} on the day, one order, no refund, no commission. */
    void sale(Guide guide, LocalDate day, String sales) {
        Store store = guide.getStore();
        figures.guideDay(day, guide.getId(), store.getId(), store.getRegion().getId(), null, sales, "0", 1, 0, "0",
                "0");
    }

    static void at(String instant) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(Instant.parse(instant).toEpochMilli()));
    }
}
