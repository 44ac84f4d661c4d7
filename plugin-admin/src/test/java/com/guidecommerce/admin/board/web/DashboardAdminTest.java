package com.guidecommerce.admin.board.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.board.rule.DayRange;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's dashboard over figures written for days of its own (the clock stands in March 2033): the period's figures
 * beside the previous period's, the charts of a region, a store's drill-down to its guides, in Chinese, and who may
 * see it.
 */
class DashboardAdminTest extends SignedInAdminTest {

    private BoardPages pages;
    private Store store;
    private Store beside;
    private Guide guide;
    private Guide colleague;

    @BeforeEach
    void figures() {
        BoardPages.at("2033-03-15T04:00:00Z");
        pages = new BoardPages(context);
        store = pages.organisation.franchisedStore();
        beside = pages.storeBeside(store);
        guide = pages.organisation.guide(store);
        colleague = pages.organisation.guide(beside);
        Long region = store.getRegion().getId();
        Long franchisee = store.getFranchisee().getId();
        // This week: 300.00 on Tmall at the franchised store with 2 new members, 100.00 less 20.00 at the one beside.
        pages.figures.guideDay(day("2033-03-14"), guide.getId(), store.getId(), region, franchisee, "300.00", "0", 2,
                2, "15.00", "0");
        pages.figures.storeDay(day("2033-03-14"), store.getId(), "TMALL", region, franchisee, "300.00", "0", 2, 0,
                "15.00", "0");
        pages.figures.storeDay(day("2033-03-14"), store.getId(), "", region, franchisee, "0", "0", 0, 2, "0", "0");
        pages.figures.guideDay(day("2033-03-10"), colleague.getId(), beside.getId(), region, null, "100.00", "20.00",
                1, 0, "5.00", "0");
        pages.figures.storeDay(day("2033-03-10"), beside.getId(), "POS", region, null, "100.00", "20.00", 1, 0,
                "5.00", "0");
        // The week before: 200.00 at the franchised store.
        pages.figures.guideDay(day("2033-03-05"), guide.getId(), store.getId(), region, franchisee, "200.00", "0", 1,
                0, "10.00", "0");
        pages.figures.storeDay(day("2033-03-05"), store.getId(), "POS", region, franchisee, "200.00", "0", 1, 0,
                "10.00", "0");
    }

    @AfterEach
    void clock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldCompareARegionsLastSevenDaysWithTheSevenBefore() throws Exception {
        ExtendedModelMap model = show("REGION", store.getRegion().getId(), "7d", null, null);

        assertEquals("gc/dashboard", model.get("viewType"));
        FigureCard sales = card(model, "NET_SALES");
        assertEquals(new BigDecimal("90.0"), sales.getChangePercent(), "380.00 against 200.00");
        assertEquals("up", sales.getDirection());
        assertEquals(new BigDecimal("100.0"), card(model, "COMMISSION").getChangePercent(), "20.00 against 10.00");
        assertNull(card(model, "NEW_MEMBERS").getChangePercent(), "none the week before");
        assertEquals("2", card(model, "BINDINGS").getCurrent());
    }

    @Test
    void shouldChartARegionByChannelStoreAndFranchiseeWithBarsOpeningEachStore() throws Exception {
        ExtendedModelMap model = show("REGION", store.getRegion().getId(), "7d", null, null);

        JsonNode charts = new ObjectMapper().readTree((String) model.get("boardJson"));
        assertEquals(Arrays.asList("members", "salesOverTime", "byChannel", "byStore", "byFranchisee"), ids(charts));
        JsonNode members = chart(charts, "members");
        assertEquals("2033-03-09", members.get("categories").get(0).asText());
        assertEquals(7, members.get("categories").size());
        assertEquals(2, members.get("series").get(0).get("data").get(5).asInt(), "bindings on the 14th");
        JsonNode stores = chart(charts, "byStore");
        assertEquals(Arrays.asList(store.getName(), beside.getName()), texts(stores.get("categories")));
        assertEquals(Arrays.asList("300.00", "80.00"), texts(stores.get("series").get(0).get("data")));
        assertEquals(Arrays.asList("15.00", "5.00"), texts(stores.get("series").get(1).get("data")));
        assertEquals("?scope=STORE&id=" + store.getId() + "&range=7d", stores.get("links").get(0).asText());
        JsonNode franchisees = chart(charts, "byFranchisee");
        assertEquals(Arrays.asList(store.getFranchisee().getName(), "\u603b\u90e8\u76f4\u8425"),
                texts(franchisees.get("categories")), "HQ-direct stores are named in Chinese");
        assertEquals("null", franchisees.get("links").get(1).asText());
        JsonNode channels = chart(charts, "byChannel");
        assertEquals(2, channels.get("categories").size(), "Tmall and POS; what came from no order has no sales");
        assertEquals(Arrays.asList("300.00", "80.00"), texts(channels.get("series").get(0).get("data")));
    }

    @Test
    void shouldOpenAStoresGuidesAndAGuidesOwnFigures() throws Exception {
        ExtendedModelMap storePage = show("STORE", store.getId(), "custom", "2033-03-01", "2033-03-15");

        JsonNode charts = new ObjectMapper().readTree((String) storePage.get("boardJson"));
        assertEquals(Arrays.asList("members", "salesOverTime", "byChannel", "byGuide"), ids(charts));
        JsonNode guides = chart(charts, "byGuide");
        assertEquals(Arrays.asList(guide.getName()), texts(guides.get("categories")));
        assertEquals(Arrays.asList("500.00"), texts(guides.get("series").get(0).get("data")));
        assertEquals("?scope=GUIDE&id=" + guide.getId() + "&range=custom&from=2033-03-01&to=2033-03-15",
                guides.get("links").get(0).asText());

        ExtendedModelMap guidePage = show("GUIDE", guide.getId(), "custom", "2033-03-01", "2033-03-15");
        JsonNode own = new ObjectMapper().readTree((String) guidePage.get("boardJson"));
        assertEquals(Arrays.asList("members", "salesOverTime"), ids(own));
        assertEquals(0, new BigDecimal("500.00").compareTo(sum(chart(own, "salesOverTime").get("series").get(0)
                .get("data"))));
    }

    @Test
    void shouldReadInChineseForAChineseAdmin() throws Exception {
        ExtendedModelMap model = show("REGION", store.getRegion().getId(), "7d", null, null);

        String page = new AdminPages(pages.messages()).render(model, Locale.SIMPLIFIED_CHINESE);

        assertTrue(page.contains("\u4e1a\u7ee9\u603b\u89c8\uff1a\u533a\u57df"), page);
        assertTrue(page.contains("\u8fd1 7 \u5929"), page);
        assertTrue(page.contains("\u8f83\u4e0a\u671f +90.0 %"), page);
        assertTrue(page.contains("\u95e8\u5e97\u524d\u5341"), page);
        assertTrue(page.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"), page);
        assertTrue(page.contains("data-locale=\"ZH\""), page);
        // What a person reads: the text between the tags (codes stay in attributes for scripts and tests).
        String text = page.replaceAll("<[^>]*>", " ");
        for (String english : Arrays.asList("NET_SALES", "Net sales", "Last 7 days", "Top 10", "Previous")) {
            assertFalse(text.contains(english), english);
        }
    }

    @Test
    void shouldShowTheLastThirtyDaysForACustomRangeThatIsNoRange() throws Exception {
        ExtendedModelMap model = show(null, null, "custom", "2033-03-15", "2033-03-01");

        assertEquals("gcBoard_error_range", model.get("errorKey"));
        assertEquals("30d", model.get("choice"));
        assertEquals(LocalDate.parse("2033-02-14"), ((DayRange) model.get("range")).getFrom());
    }

    @Test
    void shouldAnswerNotFoundForAStoreThatDoesNotExist() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertNull(pages.dashboard().show(params("STORE", -424242L, "7d", null, null), Locale.ENGLISH,
                new ExtendedModelMap(), response));
        assertEquals(404, response.getStatus());
    }

    @Test
    void shouldRefuseSomeoneWithoutTheBoardPermission() throws Exception {
        fixtures.signInAs(AdminFixtures.GUIDE_MANAGER);
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertNull(pages.dashboard().show(params(null, null, null, null, null), Locale.ENGLISH,
                new ExtendedModelMap(), response));
        assertEquals(403, response.getStatus());
    }

    private ExtendedModelMap show(String scope, Long id, String range, String from, String to) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertEquals("modules/defaultContainer", pages.dashboard().show(params(scope, id, range, from, to),
                Locale.SIMPLIFIED_CHINESE, model, response));
        return model;
    }

    private static DashboardParams params(String scope, Long id, String range, String from, String to) {
        DashboardParams params = new DashboardParams();
        params.setScope(scope);
        params.setId(id);
        params.setRange(range);
        params.setFrom(from);
        params.setTo(to);
        return params;
    }

    @SuppressWarnings("unchecked")
    private static FigureCard card(ExtendedModelMap model, String code) {
        for (FigureCard card : (List<FigureCard>) model.get("cards")) {
            if (card.getCode().equals(code)) {
                return card;
            }
        }
        throw new AssertionError("no card " + code);
    }

    private static JsonNode chart(JsonNode charts, String id) {
        for (JsonNode chart : charts) {
            if (chart.get("id").asText().equals(id)) {
                return chart;
            }
        }
        throw new AssertionError("no chart " + id);
    }

    private static List<String> ids(JsonNode charts) {
        List<String> ids = new ArrayList<String>();
        for (JsonNode chart : charts) {
            ids.add(chart.get("id").asText());
        }
        return ids;
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<String>();
        for (JsonNode value : values) {
            texts.add(value.isNumber() ? value.decimalValue().setScale(2).toPlainString() : value.asText());
        }
        return texts;
    }

    private static BigDecimal sum(JsonNode values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode value : values) {
            sum = sum.add(value.decimalValue());
        }
        return sum;
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }
}
