package com.guidecommerce.admin.common.web;

import com.guidecommerce.admin.review.web.MemberReviewAction;
import com.guidecommerce.admin.review.web.MemberReviewController;
import com.guidecommerce.admin.settlement.web.SettlementController;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.job.JobHolder;
import com.guidecommerce.core.job.JobOutcome;
import com.guidecommerce.core.job.JobRun;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.job.LedgerReleaseJob;
import com.guidecommerce.core.job.MemberReviewJob;
import com.guidecommerce.core.job.MemberReviewSummary;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * The Member review and Settlement pages rendered with the admin's messages: where a job is already running when HQ
 * asks for it, a failed run, and the last runs of every node.
 */
@ExtendWith(BroadleafContextExtension.class)
class JobRunsPageTest {

    /** 11:06:40 on 18 November 2026 in UTC, 19:06 in HQ's Shanghai. */
    private static final Date SINCE = new Date(1795000000000L);

    @Resource(name = "messageSource")
    MessageSource messageSource;

    private final JobRunner runner = Mockito.mock(JobRunner.class);
    private final AdminPageSupport pageSupport = Mockito.mock(AdminPageSupport.class);
    private final HttpServletResponse response = Mockito.mock(HttpServletResponse.class);

    @BeforeEach
    void signedInWithEveryPermission() {
        AdminPages.hqTimes(pageSupport);
        when(pageSupport.isAllowed(any(Class.class), any())).thenReturn(true);
        when(pageSupport.currentLogin()).thenReturn("hq-admin");
        when(runner.getNodeName()).thenReturn("admin-1@host-a");
    }

    @Test
    void shouldSayOnWhichNodeAndSinceWhenTheReviewIsAlreadyRunning() throws Exception {
        when(runner.runNow(any(), anyString())).thenReturn(JobRunResult.busy(new JobHolder("admin-2@host-b", SINCE)));
        when(runner.lastRuns(anyString(), anyInt())).thenReturn(Arrays.asList(
                run(2L, "admin-2@host-b", null, SINCE, null, JobOutcome.RUNNING, null),
                run(1L, "admin-1@host-a", "hq-admin", new Date(SINCE.getTime() - 3600000L), null,
                        JobOutcome.INTERRUPTED, null)));
        ExtendedModelMap model = new ExtendedModelMap();
        reviewPage().run(model, response);

        String page = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);

        assertTrue(page.contains("Not started: it is already running on node admin-2@host-b since "
                + "Nov 18, 2026 7:06 PM."), page);
        assertFalse(page.contains("gc-member-review-summary"), "nothing ran here");
        assertTrue(page.contains("<code id=\"gc-job-node-name\">admin-1@host-a</code>"), page);
        assertTrue(page.contains("schedule (Nov 18, 2026 7:06 PM)"), page);
        assertTrue(page.contains("Times in Asia/Shanghai"), "the zone of the runs' times is named");
        assertTrue(page.contains("<td>Running</td>"), page);
        assertTrue(page.contains("<td>Interrupted (its node stopped)</td>"), page);
        assertTrue(page.contains("<td>hq-admin</td>"), page);
    }

    @Test
    void shouldShowAFailedReleaseAndTheReleasesLastRunsInChinese() throws Exception {
        JobRun failed = run(5L, "admin-1@host-a", "hq-admin", SINCE, SINCE, JobOutcome.FAILED,
                "IllegalStateException: database gone");
        when(runner.runNow(any(LedgerReleaseJob.class), anyString())).thenReturn(JobRunResult.failed(failed));
        when(runner.lastRuns(LedgerReleaseJob.NAME, 10)).thenReturn(Arrays.asList(failed,
                run(4L, "admin-2@host-b", null, SINCE, SINCE, JobOutcome.SUCCEEDED, new LedgerReleaseJob().summarize(3)),
                run(3L, "admin-2@host-b", null, SINCE, SINCE, JobOutcome.SUCCEEDED, "frozen entries released: 2")));
        ExtendedModelMap model = new ExtendedModelMap();
        new SettlementController(Mockito.mock(SettlementService.class), new LedgerReleaseJob(),
                new JobPageSupport(runner), Mockito.mock(GenericEntityService.class), pageSupport, "Asia/Shanghai",
                new ReadableValues(messageSource))
                .release(model, response);

        String page = new AdminPages(messageSource).render(model.asMap(), Locale.SIMPLIFIED_CHINESE);

        assertTrue(page.contains("在节点 admin-1@host-a 上的运行失败：IllegalStateException: database gone。"), page);
        assertFalse(page.contains("gc-settlement-released"), "nothing was released");
        assertTrue(page.contains("<td>失败</td>"), page);
        assertTrue(page.contains("<td>成功</td>"), page);
        assertTrue(page.contains("<td>\u89e3\u51bb\u5230\u671f\u4f63\u91d1 3 \u6761</td>"), page);
        assertTrue(page.contains("<td>frozen entries released: 2</td>"), "a summary stored as a sentence shows as stored");
    }

    @Test
    void shouldShowTheReviewsStepsInTheReadersLanguage() throws Exception {
        String stored = new MemberReviewJob().summarize(new MemberReviewSummary(2, null, 1));
        when(runner.lastRuns(anyString(), anyInt())).thenReturn(Collections.singletonList(
                run(6L, "admin-1@host-a", "hq-admin", SINCE, SINCE, JobOutcome.SUCCEEDED, stored)));

        ExtendedModelMap english = new ExtendedModelMap();
        reviewPage().show(english, response);
        ExtendedModelMap chinese = new ExtendedModelMap();
        reviewPage().show(chinese, response);

        assertTrue(new AdminPages(messageSource).render(english.asMap(), Locale.ENGLISH).contains(
                "<td>2 new-member bounties created; Deciding pending bounties failed; 1 fraud signals raised or "
                        + "refreshed</td>"), stored);
        assertTrue(new AdminPages(messageSource).render(chinese.asMap(), Locale.SIMPLIFIED_CHINESE).contains(
                "<td>\u65b0\u5efa\u62c9\u65b0\u5956\u52b1 2 \u7b14\uff1b\u5224\u5b9a\u5f85\u5b9a\u5956\u52b1"
                        + "\u672a\u5b8c\u6210\uff1b\u65b0\u53d1\u73b0\u6216\u66f4\u65b0\u5237\u5355\u9884\u8b66 1 "
                        + "\u6761</td>"), stored);
    }

    @Test
    void shouldSayTheJobNeverRanOnAFreshInstall() throws Exception {
        when(runner.lastRuns(anyString(), anyInt())).thenReturn(Collections.<JobRun>emptyList());
        ExtendedModelMap model = new ExtendedModelMap();
        reviewPage().show(model, response);

        String page = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);

        assertTrue(page.contains("It has not run yet."), page);
        assertFalse(page.contains("gc-job-runs-table"), page);
    }

    private MemberReviewController reviewPage() {
        return new MemberReviewController(new MemberReviewAction(new MemberReviewJob(), new JobPageSupport(runner),
                pageSupport), pageSupport);
    }

    private static JobRun run(long id, String node, String startedBy, Date startedAt, Date finishedAt,
                              JobOutcome outcome, String summary) {
        return new JobRun(id, MemberReviewJob.NAME, node, startedBy, startedBy == null ? startedAt : null, startedAt,
                finishedAt, outcome, summary);
    }
}
