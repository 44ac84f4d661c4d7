package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.rule.RankPeriodKey;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader of a period's ranks while the period is rebuilt again and again (on MySQL really at the same time; on the
 * embedded database the reader waits for each rebuild's commit): every read is the whole of one build, never a mix.
 */
@ExtendWith(BroadleafContextExtension.class)
class RankSnapshotConcurrencyTest {

    private static final int GUIDES = 6;
    private static final int REBUILDS = 16;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcRankSnapshotBuilder")
    RankSnapshotBuilder builder;

    @Resource(name = "gcBoardService")
    BoardService boardService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldShowAReaderTheWholeOldOrTheWholeNewPeriodDuringRebuilds() throws Exception {
        BoardFixtures fixtures = new BoardFixtures(context);
        Store store = fixtures.store("Asia/Shanghai");
        final LocalDate day = LocalDate.of(2032, 5, 5);
        final List<Guide> guides = new ArrayList<Guide>();
        for (int i = 0; i < GUIDES; i++) {
            guides.add(fixtures.organisation.guide(i % 2 == 0 ? store : fixtures.storeBeside(store)));
            fixtures.sale(guides.get(i), day, "1.00");
        }
        BoardFixtures.at("2032-05-05T04:00:00Z");
        builder.buildOpenPeriods();
        final List<String> ascending = expected(guides, false);
        final List<String> descending = expected(guides, true);
        final BoardScope region = BoardScope.region(store.getRegion().getId());
        final RankPeriodKey period = RankPeriodKey.parse("D2032-05-05");
        final AtomicBoolean rebuilding = new AtomicBoolean(true);

        Future<Integer> writer = threads.submit(() -> {
            try {
                for (int i = 0; i < REBUILDS; i++) {
                    setSales(guides, day, i % 2 == 0);
                    builder.buildOpenPeriods();
                }
                return REBUILDS;
            } finally {
                rebuilding.set(false);
            }
        });
        Future<List<String>> reader = threads.submit(() -> {
            List<String> wrong = new ArrayList<String>();
            int reads = 0;
            while (rebuilding.get() || reads == 0) {
                List<String> seen = RankSnapshotBuilderTest.lines(boardService.leaderboard(region,
                        SubjectKind.GUIDE, Metric.NET_SALES, period, 100));
                reads++;
                if (!seen.equals(ascending) && !seen.equals(descending) && !seen.equals(expectedStart(guides))) {
                    wrong.add(seen.toString());
                }
            }
            wrong.add(0, String.valueOf(reads));
            return wrong;
        });

        assertEquals(REBUILDS, writer.get(5, TimeUnit.MINUTES).intValue());
        List<String> outcome = reader.get(1, TimeUnit.MINUTES);
        int reads = Integer.parseInt(outcome.remove(0));
        assertEquals(new ArrayList<String>(), outcome, "reads that mixed two builds");
        assertTrue(reads >= 1);
        System.out.println("[rank concurrency] " + reads + " consistent reads during " + REBUILDS + " rebuilds");
    }

    /** Ascending: guide i sells 10 × (i + 1); descending the other way round. Distinct values: ranks 1..n. */
    private void setSales(List<Guide> guides, LocalDate day, boolean ascendingOrder) {
        for (int i = 0; i < guides.size(); i++) {
            jdbc.update("UPDATE GC_FIG_GUIDE_DAY SET SALES = ? WHERE DAY = ? AND GUIDE_ID = ?",
                    amount(guides.size(), i, ascendingOrder), Date.valueOf(day), guides.get(i).getId());
        }
    }

    private static BigDecimal amount(int count, int i, boolean ascendingOrder) {
        return new BigDecimal(10 * (ascendingOrder ? i + 1 : count - i)).setScale(2);
    }

    private static List<String> expected(List<Guide> guides, boolean ascendingOrder) {
        String[] lines = new String[guides.size()];
        for (int i = 0; i < guides.size(); i++) {
            BigDecimal value = amount(guides.size(), i, ascendingOrder);
            int rank = guides.size() - value.intValue() / 10 + 1;
            lines[rank - 1] = rank + " " + guides.get(i).getId() + " " + value;
        }
        return Arrays.asList(lines);
    }

    /** Before the first rebuild every guide has 1.00: all share rank 1, in id order. */
    private static List<String> expectedStart(List<Guide> guides) {
        List<String> lines = new ArrayList<String>();
        for (Guide guide : guides) {
            lines.add("1 " + guide.getId() + " 1.00");
        }
        return lines;
    }
}
