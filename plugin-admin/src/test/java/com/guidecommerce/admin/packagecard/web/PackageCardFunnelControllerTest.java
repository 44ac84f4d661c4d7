package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.FunnelStage;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.CampaignFunnel;
import com.guidecommerce.core.packagecard.service.CardView;
import com.guidecommerce.core.packagecard.service.FunnelFigures;
import com.guidecommerce.core.packagecard.service.PackageCardFunnel;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.packagecard.service.ReferenceRates;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.PackageCardFixtures;
import com.guidecommerce.core.test.TestClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funnel page over the real services, signed in as HQ's administrator: a campaign of a platform of its own for
 * every store's parcels gets a stream of ten paid orders (five of store A, four of store B, one naming no store),
 * three scans, a registration, two claims and one first own-mall order, and the page shows what the funnel service
 * counts for the same days, with the rates against the bands brands report (10-20 %, 5-15 % by default).
 */
class PackageCardFunnelControllerTest extends SignedInAdminTest {

    private static final long DAY = 86400000L;

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource(name = "gcPackageCardService")
    PackageCardService cardService;

    @Resource(name = "gcPackageCardFunnel")
    PackageCardFunnel funnel;

    @Resource(name = "gcPackageCardReferenceRates")
    ReferenceRates references;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    @Resource(name = "gcStoreTimeZones")
    StoreTimeZones timeZones;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    PackageCardCampaign campaign;
    Store storeA;
    Store storeB;

    @BeforeEach
    void campaignWithAStream() {
        PackageCardFixtures cards = new PackageCardFixtures(context);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Channel platform = cards.platform();
        storeA = organisation.store();
        organisation.guide(storeA);
        storeB = organisation.store();
        organisation.guide(storeB);
        campaign = cards.campaign(platform, null, clock.at(-10 * DAY), null, 30);
        List<String> orderNos = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            String storeCode = i < 5 ? storeA.getCode() : i < 9 ? storeB.getCode() : null;
            cards.paidByBuyer(platform, "FN" + i, "fn-" + platform.getCode() + "-" + i, storeCode,
                    clock.at(-5 * DAY + i * 60000L));
            orderNos.add("FN" + i);
        }
        clock.at(-3 * DAY);
        for (int i : new int[] {0, 1, 5}) {
            cardService.recordScan(card(orderNos.get(i)), "funnel-visitor-" + i);
        }
        Customer first = organisation.member();
        Customer second = organisation.member();
        cardService.recordRegistration(card(orderNos.get(0)), first.getId());
        cardService.claim(card(orderNos.get(0)), first);
        cardService.claim(card(orderNos.get(5)), second);
        clock.at(-2 * DAY);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        orders.paid(orders.ownMall(), first, "FNM" + platform.getCode(), "40.00");
        clock.at(0);
    }

    @Test
    void shouldShowTheFiguresTheFunnelCountsOverTheCampaignsPeriodUpToToday() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(String.valueOf(campaign.getId()), null, null, model, Locale.ENGLISH, response);

        ZoneId zone = timeZones.getDefaultZone();
        LocalDate from = clock.at(-10 * DAY).toInstant().atZone(zone).toLocalDate();
        LocalDate today = clock.at(0).toInstant().atZone(zone).toLocalDate();
        assertEquals(from, model.get("from"));
        assertEquals(today, model.get("to"));
        CampaignFunnel expected = funnel.figures(campaign.getId(), startOf(from, zone), startOf(today.plusDays(1),
                zone));
        FunnelView view = (FunnelView) model.get("funnel");
        assertEquals(countsOf(expected.getTotal()), view.getTotal().getCounts());
        assertEquals(Arrays.asList(10L, 3L, 1L, 2L, 2L, 2L, 1L, 1L), view.getTotal().getCounts(),
                "issued, scans, registrations, members, bindings, links, first own-mall and first orders");
        assertEquals(expected.getByChannelAndStore().size(), view.getParts().size());
        for (FunnelView.Part part : view.getParts()) {
            FunnelFigures figures = expected.getByChannelAndStore().get(CampaignFunnel.key(part.getChannelCode(),
                    part.getStoreCode()));
            assertEquals(countsOf(figures), part.getCounts(), "row " + part.getStoreCode());
        }
        assertNull(model.get("error"));
    }

    @Test
    void shouldMarkEachReferencedRateAgainstItsBand() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(String.valueOf(campaign.getId()), null, null, model, Locale.ENGLISH, response);

        FunnelView view = (FunnelView) model.get("funnel");
        assertEquals(Arrays.asList("0.3000", null, "0.2000", "WITHIN", "0.5000", "ABOVE", "0.5000", null),
                rates(view.getTotal()), "2 members of 10 cards: within 10-20 %; 1 first order of 2 members: above");
        assertEquals(Arrays.asList("0.4000", null, "0.2000", "WITHIN", "1.0000", "ABOVE", "1.0000", null),
                rates(part(view, storeA.getCode())));
        assertEquals(Arrays.asList("0.2500", null, "0.2500", "ABOVE", "0.0000", "BELOW", "0.0000", null),
                rates(part(view, storeB.getCode())));
        assertEquals(Arrays.asList("0.0000", null, "0.0000", "BELOW", null, null, null, null),
                rates(part(view, null)), "no members: no first-order rate, nothing to place");
    }

    @Test
    void shouldRenderThePageInEnglishAndChinese() throws Exception {
        ExtendedModelMap english = new ExtendedModelMap();
        ExtendedModelMap chinese = new ExtendedModelMap();

        controller().show(String.valueOf(campaign.getId()), null, null, english, Locale.ENGLISH, response);
        controller().show(String.valueOf(campaign.getId()), null, null, chinese, Locale.SIMPLIFIED_CHINESE, response);

        String englishPage = new AdminPages(messageSource).render(english.asMap(), Locale.ENGLISH);
        String chinesePage = new AdminPages(messageSource).render(chinese.asMap(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(englishPage.contains("Members / cards issued"));
        assertTrue(englishPage.contains("within the band"));
        assertTrue(englishPage.contains("10%\u201320%"), "the reference band");
        assertTrue(englishPage.contains("20.00%"), "the member rate as a percentage");
        assertTrue(englishPage.contains("gc-package-card-funnel/funnel.csv?campaign=" + campaign.getId()));
        assertTrue(chinesePage.contains("\u5165\u4f1a\u6570 / \u53d1\u5361\u6570"), "members / cards issued");
        assertTrue(chinesePage.contains("\u533a\u95f4\u5185"), "within the band");
        assertTrue(chinesePage.contains("\u5168\u6e20\u9053\u9996\u5355"), "first orders in any channel");
        assertEquals("ZH", chinese.get("chartLocale"));
        assertTrue(String.valueOf(english.get("chartJson")).contains("{\"name\":\"Cards issued\",\"value\":10}"));
    }

    @Test
    void shouldCountOnlyTheDaysAsked() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        ZoneId zone = timeZones.getDefaultZone();
        LocalDate day = clock.at(-3 * DAY).toInstant().atZone(zone).toLocalDate();
        clock.at(0);

        controller().show(String.valueOf(campaign.getId()), day.toString(), day.toString(), model, Locale.ENGLISH,
                response);

        FunnelView view = (FunnelView) model.get("funnel");
        assertEquals(countsOf(funnel.figures(campaign.getId(), startOf(day, zone), startOf(day.plusDays(1), zone))
                .getTotal()), view.getTotal().getCounts());
        assertEquals(Long.valueOf(0), view.getTotal().getCounts().get(0), "no card issued that day");
        assertEquals(Long.valueOf(3), view.getTotal().getCounts().get(1), "the three scans");
    }

    @Test
    void shouldRefuseAnUnknownCampaignUnreadableDaysOrAFirstDayAfterTheLast() throws Exception {
        String id = String.valueOf(campaign.getId());

        assertRefused("gcCardFunnel_error_campaign", "999999999", null, null);
        assertRefused("gcCardFunnel_error_campaign", "abc", null, null);
        assertRefused("gcCardFunnel_error_date", id, "2026-02-30", null);
        assertRefused("gcCardFunnel_error_date", id, null, "yesterday");
        assertRefused("gcCardFunnel_error_range", id, "2026-12-10", "2026-12-09");
    }

    @Test
    void shouldDownloadTheBreakdownAsCsv() throws Exception {
        MockHttpServletResponse download = new MockHttpServletResponse();

        controller().csv(String.valueOf(campaign.getId()), null, null, Locale.ENGLISH, new MockHttpServletRequest(),
                download);

        assertEquals("text/csv;charset=UTF-8", download.getContentType());
        String text = download.getContentAsString();
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheet tools");
        List<CSVRecord> records = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180).getRecords();
        assertEquals(campaign.getName(), records.get(1).get(1));
        CSVRecord header = records.get(4);
        assertEquals("Cards issued", header.get(2));
        assertEquals("First orders (any channel)", header.get(9));
        CSVRecord rowA = row(records, storeA.getCode());
        assertEquals(Arrays.asList("5", "2", "1", "1", "1", "1", "1", "1"), cells(rowA, 2, 10));
        assertEquals(Arrays.asList("0.4000", "0.2000", "within the band", "1.0000", "above the band", "1.0000"),
                cells(rowA, 10, 16));
        assertEquals(Arrays.asList("1", "0", "0", "0", "0", "0", "0", "0"), cells(row(records, "(no store)"), 2, 10));
        CSVRecord total = records.get(records.size() - 1);
        assertEquals("Total", total.get(1));
        assertEquals(Arrays.asList("10", "3", "1", "2", "2", "2", "1", "1"), cells(total, 2, 10));
        assertEquals(9, records.size(), "title, campaign, days, a blank line, header, three stores, total");
    }

    @Test
    void shouldSendTheCsvOfABadRequestToThePageWithTheSameParameters() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setContextPath("/admin");
        MockHttpServletResponse download = new MockHttpServletResponse();

        controller().csv(String.valueOf(campaign.getId()), "2026-12-10", "9 Dec", Locale.ENGLISH, request, download);

        assertEquals("/admin/gc-package-card-funnel?campaign=" + campaign.getId() + "&from=2026-12-10&to=9%20Dec",
                download.getRedirectedUrl());
        assertEquals("", download.getContentAsString(), "no file");
    }

    @Test
    void shouldAnswerForbiddenWithoutTheFunnelPermission() throws Exception {
        fixtures.signInAs(AdminFixtures.GUIDE_MANAGER);

        assertNull(controller().show(null, null, null, new ExtendedModelMap(), Locale.ENGLISH, response));
        controller().csv(null, null, null, Locale.ENGLISH, new MockHttpServletRequest(), response);

        Mockito.verify(response, Mockito.times(2)).sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private void assertRefused(String messageKey, String campaignId, String from, String to) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().show(campaignId, from, to, model, Locale.ENGLISH, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals(messageSource.getMessage(messageKey, null, Locale.ENGLISH), model.get("error"));
        assertFalse(model.containsAttribute("funnel"), "no figures for a refused request");
        String page = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
        assertTrue(page.contains(messageSource.getMessage(messageKey, null, Locale.ENGLISH)), "the message is on the page");
    }

    private CardView card(String orderNo) {
        return cardService.open(cardService.cardCode(campaign.getId(), orderNo));
    }

    private PackageCardFunnelController controller() {
        return new PackageCardFunnelController(cardService, funnel, references, pageSupport, messageSource, timeZones);
    }

    private static List<Long> countsOf(FunnelFigures figures) {
        List<Long> counts = new ArrayList<Long>();
        for (FunnelStage stage : FunnelStage.values()) {
            counts.add(figures.count(stage));
        }
        return counts;
    }

    /** Each rate's fraction followed by where it stands against its band ({@code null} for a rate without one). */
    private static List<String> rates(FunnelView.Part part) {
        List<String> values = new ArrayList<String>();
        for (FunnelRate rate : part.getRates()) {
            BigDecimal value = rate.getValue();
            values.add(value == null ? null : value.toPlainString());
            values.add(rate.isReferenced() ? rate.getBand() : null);
        }
        return values;
    }

    private static FunnelView.Part part(FunnelView view, String storeCode) {
        for (FunnelView.Part part : view.getParts()) {
            if (storeCode == null ? part.getStoreCode() == null : storeCode.equals(part.getStoreCode())) {
                return part;
            }
        }
        throw new AssertionError("no row of store " + storeCode);
    }

    private static CSVRecord row(List<CSVRecord> records, String store) {
        for (CSVRecord record : records) {
            if (record.size() > 1 && store.equals(record.get(1))) {
                return record;
            }
        }
        throw new AssertionError("no CSV row of " + store);
    }

    private static List<String> cells(CSVRecord record, int from, int to) {
        List<String> cells = new ArrayList<String>();
        for (int i = from; i < to; i++) {
            cells.add(record.get(i));
        }
        return cells;
    }

    private static Date startOf(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
