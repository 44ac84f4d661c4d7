package com.guidecommerce.core.board;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.board.job.FigureCheckJob;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OpenMonths;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A month's rollup is built by the nightly check once the month has closed, and an order of that month identified
 * afterwards reaches the rollup as well as its day.
 */
@ExtendWith(BroadleafContextExtension.class)
class MonthRollupTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcIdentityService")
    IdentityService identityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcJobRunner")
    JobRunner runner;

    @Resource(name = "gcFigureCheckJob")
    FigureCheckJob job;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @AfterEach
    void reopenTheMonthsNotOverYet() {
        OpenMonths.reopen(jdbc);
    }

    @Test
    void shouldRollUpAClosedMonthAndKeepItRightWhenALateIdentificationLandsInIt() {
        LocalDate month = Instant.ofEpochMilli(clock.start()).atZone(SHANGHAI).toLocalDate().plusDays(230)
                .withDayOfMonth(1);
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        Channel channel = commission.channel("MR", CommissionStart.PAID, 7, "mr-secret");
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide guide = organisation.guide(organisation.store());
        Customer member = organisation.member();
        at(month, 1);
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        String prefix = channel.getCode();
        ingestService.ingest(channel, IngestSource.API, paid(prefix + "-A", "\"memberNo\":\"" + member.getId() + "\"",
                at(month, 10), "120.00"));
        ingestService.ingest(channel, IngestSource.API, paid(prefix + "-B", "\"buyerId\":\"late-" + prefix + "\"",
                at(month, 12), "80.00"));

        at(month.plusMonths(1), 3);
        assertTrue(runner.runNow(job, "rollup-test").isRan());

        assertEquals("120 1 1 1", monthFigures("GC_FIG_GUIDE_MONTH", "GUIDE_ID", guide.getId(), month));
        assertEquals(monthFigures("GC_FIG_GUIDE_MONTH", "GUIDE_ID", guide.getId(), month),
                daySums("GC_FIG_GUIDE_DAY", "GUIDE_ID", guide.getId(), month));
        assertEquals(Integer.valueOf(1), jdbc.queryForObject("SELECT COUNT(*) FROM GC_FIG_MONTH WHERE MONTH = ?"
                + " AND ROLLED_UP_AT IS NOT NULL", Integer.class, java.sql.Date.valueOf(month)));

        identityService.identify(jdbc.queryForObject("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER WHERE"
                + " CHANNEL_CODE = ? AND ORDER_NO = ?", Long.class, prefix, prefix + "-B"), member.getId(), "hq");

        assertEquals("200 2 1 1", monthFigures("GC_FIG_GUIDE_MONTH", "GUIDE_ID", guide.getId(), month));
        assertEquals(monthFigures("GC_FIG_GUIDE_MONTH", "GUIDE_ID", guide.getId(), month),
                daySums("GC_FIG_GUIDE_DAY", "GUIDE_ID", guide.getId(), month));
        assertEquals(monthFigures("GC_FIG_STORE_MONTH", "STORE_ID", guide.getStore().getId(), month),
                daySums("GC_FIG_STORE_DAY", "STORE_ID", guide.getStore().getId(), month));
        assertEquals("200 2 1 1", monthFigures("GC_FIG_STORE_MONTH", "STORE_ID", guide.getStore().getId(), month));
    }

    /** Stops the clock at noon in Shanghai on the month's {@code day}; answers that moment. */
    private Instant at(LocalDate month, int day) {
        Instant moment = month.withDayOfMonth(day).atTime(12, 0).atZone(SHANGHAI).toInstant();
        clock.at(moment.toEpochMilli() - clock.start());
        return moment;
    }

    private String monthFigures(String table, String column, Long id, LocalDate month) {
        return text(jdbc.queryForMap("SELECT SUM(SALES), SUM(ORDERS), SUM(BINDINGS), SUM(NEW_MEMBERS) FROM " + table
                + " WHERE " + column + " = ? AND MONTH = ?", id, java.sql.Date.valueOf(month)));
    }

    private String daySums(String table, String column, Long id, LocalDate month) {
        return text(jdbc.queryForMap("SELECT SUM(SALES), SUM(ORDERS), SUM(BINDINGS), SUM(NEW_MEMBERS) FROM " + table
                + " WHERE " + column + " = ? AND DAY >= ? AND DAY < ?", id, java.sql.Date.valueOf(month),
                java.sql.Date.valueOf(month.plusMonths(1))));
    }

    private static String text(Map<String, Object> row) {
        StringBuilder text = new StringBuilder();
        for (Object value : row.values()) {
            text.append(text.length() == 0 ? "" : " ").append(value == null ? "none"
                    : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }

    private static String paid(String orderNo, String buyer, Instant at, String amount) {
        return "{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + at + "\",\"buyer\":{"
                + buyer + "},\"lines\":[{\"lineNo\":\"1\",\"paidAmount\":\"" + amount + "\"}]}";
    }
}
