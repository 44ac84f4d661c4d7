package com.guidecommerce.admin.settlement;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.admin.settlement.web.SettlementController;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.rule.SettlementPeriods;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.job.LedgerReleaseJob;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.test.LedgerFixtures;
import com.guidecommerce.core.test.LedgerFixtures.Beneficiary;
import com.guidecommerce.core.test.LedgerFixtures.Line;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one time rule on a settlement statement: with the server in UTC, the statement of a guide of a Shanghai store
 * shows its period and its entries' times in Shanghai time, on its admin page and in its CSV alike.
 */
class StatementTimesAdminTest extends SignedInAdminTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /**
     * 17:30 on 3 November in UTC: half past one on 4 November in Shanghai. A year before the other tests' statements,
     * which list theirs as the newest.
     */
    private static final Date PAID = Date.from(Instant.parse("2000-11-03T17:30:00Z"));

    @Resource(name = "gcSettlementService")
    SettlementService settlementService;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    TimeZone serverZone;

    @BeforeEach
    void serverInUtc() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        SystemTime.resetGlobalTimeSource();
        TimeZone.setDefault(serverZone);
    }

    @Test
    void shouldShowAShanghaiGuidesStatementInShanghaiTimeOnItsPageAndInItsCsv() throws Exception {
        SettlementStatement statement = novemberStatementOfAShanghaiGuide();

        String page = render(statement, Locale.SIMPLIFIED_CHINESE);
        String[] csv = csv(statement);

        assertTrue(page.contains("2000-11-01 – 2000-11-30 (Asia/Shanghai)"), page);
        assertTrue(page.contains("<td>2000-11-04 01:30</td>"), page);
        assertFalse(page.contains("2000-10-31"), "not the UTC day the period starts on");
        assertTrue(page.contains("以下时间为 Asia/Shanghai 时间"), page);
        assertEquals("Period,2000-11-01,2000-11-30,Asia/Shanghai", csv[2]);
        assertTrue(csv[10].startsWith("Created (Asia/Shanghai),"), csv[10]);
        assertTrue(csv[11].startsWith("2000-11-04 01:30:00,POS,"), csv[11]);
    }

    @Test
    void shouldWriteTheCsvHeaderInTheLanguageOfTheAdminWhoDownloadsIt() throws Exception {
        SettlementStatement statement = novemberStatementOfAShanghaiGuide();

        String[] english = csv(statement, "en_US");
        String[] chinese = csv(statement, "zh_CN");

        assertEquals("Statement," + statement.getStatementNo(), english[0].substring(1));
        assertEquals("Period,2000-11-01,2000-11-30,Asia/Shanghai", english[2]);
        assertEquals("Created (Asia/Shanghai),Channel,Order no,Line no,SKU,Role,Role name,Kind,Kind name,Base,Rate %,"
                + "Amount", english[10]);
        assertEquals("\u7ed3\u7b97\u5355," + statement.getStatementNo(), chinese[0].substring(1));
        assertEquals("\u7ed3\u7b97\u671f,2000-11-01,2000-11-30,Asia/Shanghai", chinese[2]);
        assertTrue(chinese[8].startsWith("\u72b6\u6001,GENERATED,\u5df2\u751f\u6210"), chinese[8]);
        assertTrue(chinese[10].startsWith("\u5165\u8d26\u65f6\u95f4 (Asia/Shanghai),\u6e20\u9053,"), chinese[10]);
        assertTrue(chinese[4].startsWith("\u4f63\u91d1\u5408\u8ba1,"), chinese[4]);
        assertEquals(english[11].replace(",Bound guide,", ",\u4e13\u5c5e\u5bfc\u8d2d,").replace(",Commission,",
                ",\u4f63\u91d1,"), chinese[11], "the same codes and values, the labels beside them in Chinese");
    }

    @Test
    void shouldWriteTheSameTimesTheEnglishWay() throws Exception {
        SettlementStatement statement = novemberStatementOfAShanghaiGuide();

        String page = render(statement, Locale.US);

        assertTrue(page.contains("Nov 1, 2000 – Nov 30, 2000 (Asia/Shanghai)"), page);
        assertTrue(page.contains("<td>Nov 4, 2000 1:30 AM</td>"), page);
        assertTrue(page.contains("Times in Asia/Shanghai"), page);
    }

    private SettlementStatement novemberStatementOfAShanghaiGuide() {
        Guide guide = fixtures.guide(fixtures.store(fixtures.region()), GuideStatus.ACTIVE);
        LedgerFixtures ledger = new LedgerFixtures(context);
        Line line = ledger.orderLine("POS", "TEE-1", PAID);
        Beneficiary beneficiary = ledger.guide(guide.getId(), guide.getGuideCode(), guide.getName());
        ledger.entry(line, beneficiary, "COMMISSION", "5.00", "SETTLEABLE", PAID);
        YearMonth november = YearMonth.of(2000, 11);
        long justAfterNovember = SettlementPeriods.end(november, SHANGHAI).getTime() + 60_000L;
        SystemTime.setGlobalTimeSource(new FixedTimeSource(justAfterNovember));
        for (SettlementStatement statement : settlementService.generate(SettlementPeriods.start(november, SHANGHAI),
                SettlementPeriods.end(november, SHANGHAI), "finance")) {
            if (statement.getBeneficiaryId().longValue() == guide.getId()) {
                return statement;
            }
        }
        throw new AssertionError("no statement for " + guide.getGuideCode());
    }

    private String render(SettlementStatement statement, Locale reader) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        controller().statement(statement.getId(), model, Mockito.mock(HttpServletResponse.class));
        return new AdminPages(messageSource).render(model.asMap(), reader);
    }

    private String[] csv(SettlementStatement statement, String reader) throws Exception {
        LocaleImpl locale = new LocaleImpl();
        locale.setLocaleCode(reader);
        BroadleafRequestContext.getBroadleafRequestContext().setLocale(locale);
        return csv(statement);
    }

    private String[] csv(SettlementStatement statement) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller().csv(statement.getId(), response);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n", -1);
    }

    private SettlementController controller() {
        return new SettlementController(settlementService,
                context.getBean("gcLedgerReleaseJob", LedgerReleaseJob.class),
                new JobPageSupport(context.getBean("gcJobRunner", JobRunner.class)),
                context.getBean("blGenericEntityService", GenericEntityService.class),
                context.getBean("gcAdminPageSupport", AdminPageSupport.class), "Asia/Shanghai",
                context.getBean("gcReadableValues", ReadableValues.class));
    }
}
