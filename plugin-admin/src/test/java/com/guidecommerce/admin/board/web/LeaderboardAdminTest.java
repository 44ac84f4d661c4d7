package com.guidecommerce.admin.board.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.common.time.DisplayTimes;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's leaderboard over figures of days of its own (the clock stands in June 2034): a region's guides for a custom
 * range with their stores and regions, the CSV of exactly the rows the page shows, rebuilding the ranks through the
 * job runner, and who may do what.
 */
class LeaderboardAdminTest extends SignedInAdminTest {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*(<td class=\"gc-leaderboard-rank\".*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile(
            "<td class=\"gc-leaderboard-([a-z]+)\"(?: data-value=\"([^\"]*)\")?>(.*?)</td>", Pattern.DOTALL);

    private BoardPages pages;
    private Store store;
    private Guide first;
    private Guide tiedA;
    private Guide tiedB;

    @BeforeEach
    void figures() {
        BoardPages.at("2034-06-20T04:00:00Z");
        pages = new BoardPages(context);
        store = pages.organisation.store();
        Store beside = pages.storeBeside(store);
        first = pages.organisation.guide(store);
        tiedA = pages.organisation.guide(store);
        tiedB = pages.organisation.guide(beside);
        sale(first, "2034-06-20", "300.00");
        sale(tiedA, "2034-06-02", "120.50");
        sale(tiedB, "2034-06-20", "100.50");
        sale(tiedB, "2034-06-19", "20.00");
    }

    @AfterEach
    void clock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldRankARegionsGuidesOverACustomRangeWithTheirStoresAndRegion() throws Exception {
        ExtendedModelMap model = show(params("REGION", "GUIDE", "NET_SALES", "CUSTOM", "2034-06-01", "2034-06-20"));

        LeaderboardView board = (LeaderboardView) model.get("board");
        assertNull(board.getBuiltAt(), "computed from the figures");
        assertEquals(Arrays.asList("1 " + first.getGuideCode() + " 300.00", "2 " + tiedA.getGuideCode() + " 120.50",
                "2 " + tiedB.getGuideCode() + " 120.50"), lines(board));
        LeaderboardRow row = board.getRows().get(2);
        assertEquals(tiedB.getName(), row.getName());
        assertEquals(tiedB.getStore().getName(), row.getStoreName());
        assertEquals(store.getRegion().getName(), row.getRegionName());
        assertEquals(store.getRegion().getCode(), row.getRegionCode());
    }

    @Test
    void shouldWriteTheCsvRowForRowAsThePageShowsIt() throws Exception {
        LeaderboardParams params = params("REGION", "GUIDE", "NET_SALES", "CUSTOM", "2034-06-01", "2034-06-20");
        ExtendedModelMap model = show(params);
        model.addAttribute(AdminPageSupport.TIMES, new DisplayTimes(ZoneId.of("Asia/Shanghai")));
        String page = new AdminPages(pages.messages()).render(model, Locale.SIMPLIFIED_CHINESE);
        MockHttpServletResponse response = new MockHttpServletResponse();

        pages.leaderboard().csv(params, Locale.SIMPLIFIED_CHINESE, response);

        assertEquals("text/csv;charset=UTF-8", response.getContentType());
        List<List<String>> shown = tableRows(page);
        List<List<String>> written = csvRows(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
        assertEquals(3, shown.size(), page);
        assertEquals(shown, written);
        assertTrue(page.contains("\u6392\u884c\u699c"), page);
        assertFalse(page.contains("NET_SALES") && page.contains(">NET_SALES<"), page);
    }

    @Test
    void shouldRebuildTheRanksThroughTheJobRunnerAndThenReadThisMonthFromTheSnapshot() throws Exception {
        LeaderboardParams params = params("REGION", "GUIDE", "NET_SALES", "THIS_MONTH", null, null);
        ExtendedModelMap model = new ExtendedModelMap();

        pages.leaderboard().rebuild(params, Locale.SIMPLIFIED_CHINESE, model, new MockHttpServletResponse());

        assertTrue(((JobRunResult<?>) model.get("jobResult")).isRan());
        assertNotNull(model.get("rebuilt"));
        LeaderboardView board = (LeaderboardView) model.get("board");
        assertNotNull(board.getBuiltAt(), "read from the snapshot just built");
        assertEquals(LocalDate.parse("2034-06-01"), board.getDays().getFrom());
        assertEquals(Arrays.asList("1 " + first.getGuideCode() + " 300.00", "2 " + tiedA.getGuideCode() + " 120.50",
                "2 " + tiedB.getGuideCode() + " 120.50"), lines(board));
        String page = new AdminPages(pages.messages()).render(model, Locale.SIMPLIFIED_CHINESE);
        assertTrue(page.contains("\u6392\u540d\u5df2\u91cd\u5efa"), page);
    }

    @Test
    void shouldLetABoardViewerReadButNotRebuild() throws Exception {
        fixtures.signInAs(AdminFixtures.BOARD_VIEWER);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();

        assertNull(pages.leaderboard().rebuild(params(null, null, null, null, null, null), Locale.ENGLISH, model,
                refused));

        assertEquals(403, refused.getStatus());
        assertNull(model.get("jobResult"));
        assertEquals(Boolean.FALSE, show(params(null, null, null, null, null, null)).get("canRebuild"));
    }

    @Test
    void shouldRefuseTheBoardAndItsCsvToSomeoneWithoutTheBoardPermission() throws Exception {
        fixtures.signInAs(AdminFixtures.FRAUD_REVIEWER);
        MockHttpServletResponse page = new MockHttpServletResponse();
        MockHttpServletResponse csv = new MockHttpServletResponse();

        pages.leaderboard().show(params(null, null, null, null, null, null), Locale.ENGLISH, new ExtendedModelMap(),
                page);
        pages.leaderboard().csv(params(null, null, null, null, null, null), Locale.ENGLISH, csv);

        assertEquals(403, page.getStatus());
        assertEquals(403, csv.getStatus());
    }

    private ExtendedModelMap show(LeaderboardParams params) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        assertEquals("modules/defaultContainer", pages.leaderboard().show(params, Locale.SIMPLIFIED_CHINESE, model,
                new MockHttpServletResponse()));
        return model;
    }

    private LeaderboardParams params(String scope, String subject, String metric, String period, String from,
                                     String to) {
        LeaderboardParams params = new LeaderboardParams();
        params.setScope(scope);
        params.setRegion(store.getRegion().getId());
        params.setSubject(subject);
        params.setMetric(metric);
        params.setPeriod(period);
        params.setFrom(from);
        params.setTo(to);
        return params;
    }

    private void sale(Guide guide, String day, String amount) {
        Store at = guide.getStore();
        pages.figures.guideDay(LocalDate.parse(day), guide.getId(), at.getId(), at.getRegion().getId(), null, amount,
                "0", 1, 0, "0", "0");
    }

    private static List<String> lines(LeaderboardView board) {
        List<String> lines = new ArrayList<String>();
        for (LeaderboardRow row : board.getRows()) {
            if (row.getValue().signum() > 0) {
                lines.add(row.getRank() + " " + row.getCode() + " " + row.getValue());
            }
        }
        return lines;
    }

    /** The page's table: rank, code, name, store, region and the value each row holds. */
    private static List<List<String>> tableRows(String page) {
        List<List<String>> rows = new ArrayList<List<String>>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            List<String> cells = new ArrayList<String>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(2) != null ? cell.group(2) : cell.group(3).trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The CSV's table below its header lines, without the codes the page does not show (store's and region's). */
    private static List<List<String>> csvRows(String csv) throws Exception {
        assertEquals('\uFEFF', csv.charAt(0));
        List<List<String>> rows = new ArrayList<List<String>>();
        boolean table = false;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                if (table) {
                    rows.add(Arrays.asList(record.get(0), record.get(1), record.get(2), record.get(4), record.get(6),
                            record.get(7)));
                } else if (record.size() == 8 && "\u6392\u540d".equals(record.get(0))) {
                    table = true;
                }
            }
        }
        return rows;
    }
}
