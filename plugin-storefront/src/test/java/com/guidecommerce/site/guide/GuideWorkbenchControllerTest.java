package com.guidecommerce.site.guide;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.commission.rule.SettlementPeriods;
import com.guidecommerce.core.commission.service.LedgerTotals;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerFixtures;
import com.guidecommerce.core.test.LedgerFixtures.Line;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@ExtendWith(BroadleafContextExtension.class)
class GuideWorkbenchControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    @Resource(name = "gcSettlementService")
    SettlementService settlementService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    private SiteFixtures fixtures;
    private MockMvc mvc;
    private AutoCloseable entityManagerInView;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new GuideWorkbenchController())).build();
        entityManagerInView = fixtures.openEntityManagerInView();
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    @Test
    void shouldShowAGuideOnlyTheirOwnMembers() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);
        Guide colleague = fixtures.activeGuide();
        Customer mine = fixtures.member();
        fixtures.bind(mine, guide, BindingSource.STORE_QR);
        fixtures.bind(fixtures.member(), colleague, BindingSource.STORE_QR);

        MvcResult result = open(account);

        List<MemberRow> members = members(result);
        assertEquals(1, members.size());
        assertEquals(1L, ((MemberPage) model(result).get("memberPage")).getTotalMembers());
        assertEquals(mine.getEmailAddress().substring(0, 2) + "***@example.com", members.get(0).getEmail());
        assertEquals("gc.source.STORE_QR", members.get(0).getSourceKey());
    }

    @Test
    void shouldCountTheGuidesDistributorsThatHaveNotEnded() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);
        distributionService.accept(distributionService.invite(guide).getToken(), fixtures.member());
        Long ended = distributionService.accept(distributionService.invite(guide).getToken(), fixtures.member())
                .getDistributor().getId();
        distributionService.end(ended, "hq", "left the brand");

        assertEquals(1L, model(open(account)).get("distributorCount"));
    }

    @Test
    void shouldGiveTheGuideTheirSignedShareLinkAndLandingAddress() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);

        Map<String, Object> model = model(open(account));

        assertTrue(((String) model.get("shareLink")).endsWith("/?gc=" + shareCodes.sign(guide.getGuideCode())));
        assertTrue(((String) model.get("landingUrl")).endsWith("/g/" + guide.getGuideCode()));
        assertEquals("/g/" + guide.getGuideCode() + "/qr.png", model.get("qrImagePath"));
    }

    @Test
    void shouldFindAGuidesMembersByNameOrMemberNumber() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);
        Customer wanted = fixtures.member();
        fixtures.bind(wanted, guide, BindingSource.STORE_QR);
        fixtures.bind(fixtures.member(), guide, BindingSource.STORE_QR);
        Customer colleaguesMember = fixtures.member();
        fixtures.bind(colleaguesMember, fixtures.activeGuide(), BindingSource.STORE_QR);

        List<MemberRow> byNumber = members(open(account, "q", " " + wanted.getId() + " "));
        List<MemberRow> byName = members(open(account, "q", wanted.getFirstName().toUpperCase()));
        List<MemberRow> notMine = members(open(account, "q", colleaguesMember.getId().toString()));
        List<MemberRow> wildcard = members(open(account, "q", "%"));

        assertEquals(1, byNumber.size());
        assertEquals(wanted.getId(), byNumber.get(0).getMemberNo());
        assertEquals("\u00a50.00", byNumber.get(0).getSpend(), "a member who never bought spent nothing");
        assertNull(byNumber.get(0).getLastPurchase());
        assertTrue(byName.stream().anyMatch(row -> wanted.getId().equals(row.getMemberNo())));
        assertTrue(notMine.isEmpty(), "another guide's member is not found");
        assertTrue(wildcard.isEmpty(), "a wildcard is searched as itself");
    }

    @Test
    void shouldShowTheGuidesFiguresCommissionAndRanksForTheChosenPeriod() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, account);

        Map<String, Object> model = model(open(account, "period", "week", "metric", "ORDERS"));

        WorkbenchPeriod period = (WorkbenchPeriod) model.get("period");
        assertEquals("week", period.getKey());
        assertEquals("ORDERS", model.get("metric"));
        assertEquals(Arrays.asList(Metric.NET_SALES, Metric.ORDERS, Metric.NEW_MEMBERS, Metric.COMMISSION),
                model.get("metrics"), "only what guides are ranked by is offered");
        assertEquals("WEEK", model.get("rankPeriod"));
        @SuppressWarnings("unchecked")
        List<FigureLine> figures = (List<FigureLine>) model.get("figures");
        assertEquals(Arrays.asList("NET_SALES", "ORDERS", "NEW_MEMBERS"),
                figures.stream().map(FigureLine::getId).collect(Collectors.toList()));
        assertEquals("\u00a50.00", figures.get(0).getValue());
        assertEquals("flat", figures.get(0).getTrend());
        assertEquals(0, BigDecimal.ZERO.compareTo(((LedgerTotals) model.get("commission")).getPending()));
        @SuppressWarnings("unchecked")
        List<RankCard> ranks = (List<RankCard>) model.get("ranks");
        assertEquals(Arrays.asList("store", "region", "nation"),
                ranks.stream().map(RankCard::getScope).collect(Collectors.toList()));
        assertTrue(((List<?>) model.get("statements")).isEmpty());
        assertFalse(model.containsKey("storeGuides"), "a guide who is not a manager sees no colleagues' figures");
    }

    @Test
    void shouldShowAStoreManagerTheStoresGuidesSideBySide() throws Exception {
        Guide guide = fixtures.activeGuide();
        Customer account = fixtures.member();
        Guide manager = fixtures.colleague(guide, GuideRole.STORE_MANAGER, account);

        @SuppressWarnings("unchecked")
        List<StoreGuideRow> rows = (List<StoreGuideRow>) model(open(account)).get("storeGuides");

        assertEquals(2, rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.isMine() && row.getGuideCode().equals(manager.getGuideCode())));
        assertTrue(rows.stream().anyMatch(row -> !row.isMine() && row.getGuideCode().equals(guide.getGuideCode())));
        assertTrue(rows.stream().allMatch(row -> row.getRank() == 1), "no figures yet: both share the first rank");
    }

    @Test
    void shouldListAGuidesOwnStatementsAndDownloadThemInTheirLanguage() throws Exception {
        Customer account = fixtures.member();
        Guide guide = fixtures.guide(GuideStatus.ACTIVE, account);
        Customer colleagueAccount = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, colleagueAccount);
        // A month long closed and far before any other test's ledger rows.
        YearMonth may = YearMonth.of(1999, 5);
        ZoneId hq = settlementService.periodTimes().getZone();
        LedgerFixtures ledger = new LedgerFixtures(context);
        Line line = ledger.orderLine("TMALL", "TEE-1", Date.from(may.atDay(3).atStartOfDay(hq).toInstant()));
        ledger.entry(line, ledger.guide(guide.getId(), guide.getGuideCode(), guide.getName()), "COMMISSION", "12.30",
                "SETTLEABLE", Date.from(may.atDay(4).atStartOfDay(hq).toInstant()));
        settlementService.generate(SettlementPeriods.start(may, hq), SettlementPeriods.end(may, hq), "finance");

        @SuppressWarnings("unchecked")
        List<StatementRow> statements = (List<StatementRow>) model(open(account)).get("statements");
        assertEquals(1, statements.size());
        StatementRow statement = statements.get(0);
        assertEquals("\u00a512.30", statement.getAmount());
        assertEquals("gc.workbench.statement.status.GENERATED", statement.getStatusKey());
        assertTrue(statement.getPeriod().contains("May 1, 1999") && statement.getPeriod().contains("May 31, 1999"),
                "the month in the reader's language: " + statement.getPeriod());

        MvcResult csv = mvc.perform(get("/guide/statements/" + statement.getId() + ".csv")
                .requestAttr("customer", account).locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
        MvcResult colleagues = mvc.perform(get("/guide/statements/" + statement.getId() + ".csv")
                .requestAttr("customer", colleagueAccount)).andReturn();

        assertEquals(200, csv.getResponse().getStatus());
        assertTrue(csv.getResponse().getHeader("Content-Disposition").contains(statement.getStatementNo() + ".csv"));
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains("12.30"), text);
        assertTrue(text.contains("\u4f63\u91d1"), "entry kinds as Chinese labels: " + text);
        assertTrue(text.contains("\u5df2\u751f\u6210"), "the status as a Chinese label: " + text);
        assertEquals(404, colleagues.getResponse().getStatus(), "another guide cannot download it");
    }

    @Test
    void shouldNotHandAGuideAStatementThatIsNotTheirs() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, account);

        MvcResult result = mvc.perform(get("/guide/statements/987654321.csv").requestAttr("customer", account))
                .andReturn();

        assertEquals(404, result.getResponse().getStatus());
    }

    @Test
    void shouldTurnAwayAShopperWhoIsNotAGuide() throws Exception {
        MvcResult result = open(fixtures.member());

        assertEquals(403, result.getResponse().getStatus());
        assertEquals("gc.workbench.notAGuide.title", model(result).get("titleKey"));
    }

    @Test
    void shouldTurnAwayASuspendedGuide() throws Exception {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.SUSPENDED, account);

        MvcResult result = open(account);

        assertEquals(403, result.getResponse().getStatus());
        assertEquals("gc.workbench.inactive.title", model(result).get("titleKey"));
    }

    @Test
    void shouldSendAnAnonymousVisitorToTheLoginPage() throws Exception {
        MvcResult result = open(fixtures.anonymousVisitor());

        assertEquals("redirect:/login?successUrl=/guide", result.getModelAndView().getViewName());
    }

    private MvcResult open(Customer customer, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/guide").requestAttr("customer", customer).locale(Locale.US);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private static Map<String, Object> model(MvcResult result) {
        return result.getModelAndView().getModel();
    }

    @SuppressWarnings("unchecked")
    private static List<MemberRow> members(MvcResult result) {
        return (List<MemberRow>) model(result).get("members");
    }
}
