package com.guidecommerce.admin.review.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.job.JobHolder;
import com.guidecommerce.core.job.JobOutcome;
import com.guidecommerce.core.job.JobRun;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.job.MemberReviewJob;
import com.guidecommerce.core.job.MemberReviewSummary;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.ui.ExtendedModelMap;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Who may see the Member review page (fraud signal or bounty viewers) and who may run the review from it (fraud
 * reviewers); runs go through the job runner.
 */
@ExtendWith(MockitoExtension.class)
class MemberReviewControllerTest {

    @Mock
    MemberReviewJob job;

    @Mock
    JobRunner runner;

    @Mock
    AdminPageSupport pageSupport;

    @Mock
    HttpServletResponse response;

    @Test
    void shouldRunTheReviewForAFraudReviewerThroughTheRunnerAndShowWhatItDid() throws Exception {
        allow(true, false, true);
        when(job.getName()).thenReturn(MemberReviewJob.NAME);
        when(pageSupport.currentLogin()).thenReturn("hq-reviewer");
        MemberReviewSummary summary = new MemberReviewSummary(2, 0, 1);
        JobRunResult<MemberReviewSummary> ran = JobRunResult.ran(summary, run());
        when(runner.runNow(job, "hq-reviewer")).thenReturn(ran);
        List<JobRun> lastRuns = Collections.singletonList(run());
        when(runner.lastRuns(MemberReviewJob.NAME, 10)).thenReturn(lastRuns);
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().run(model, response);

        assertEquals("modules/defaultContainer", view);
        assertSame(summary, model.get("reviewSummary"));
        assertSame(ran, model.get("jobResult"));
        assertSame(lastRuns, model.get("jobRuns"));
        assertEquals("gc/memberReview", model.get("viewType"));
    }

    @Test
    void shouldNameTheNodeAlreadyRunningTheReviewInsteadOfRunningItTwice() throws Exception {
        allow(true, false, true);
        when(pageSupport.currentLogin()).thenReturn("hq-reviewer");
        JobRunResult<MemberReviewSummary> busy = JobRunResult.busy(new JobHolder("admin-2@host-b", new Date(1795000000000L)));
        when(runner.runNow(job, "hq-reviewer")).thenReturn(busy);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().run(model, response);

        assertNull(model.get("reviewSummary"));
        assertSame(busy, model.get("jobResult"));
    }

    @Test
    void shouldShowThePageButRefuseTheRunToABountyViewerWhoCannotReview() throws Exception {
        allow(false, true, false);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(model, response);
        controller().run(new ExtendedModelMap(), response);

        assertEquals(Boolean.FALSE, model.get("canRun"));
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(runner, never()).runNow(any(), anyString());
    }

    @Test
    void shouldShowThePageToAFraudSignalViewerWhoCannotSeeBounties() throws Exception {
        allow(true, false, false);
        ExtendedModelMap model = new ExtendedModelMap();

        assertEquals("modules/defaultContainer", controller().show(model, response));
        assertEquals("gc/memberReview", model.get("viewType"));
    }

    @Test
    void shouldRefuseThePageToSomeoneWhoCannotSeeSignalsNorBounties() throws Exception {
        allow(false, false, false);

        String view = controller().show(new ExtendedModelMap(), response);

        assertNull(view);
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private void allow(boolean viewSignals, boolean viewBounties, boolean reviewFraud) {
        lenient().when(pageSupport.isAllowed(FraudSignal.class, EntityOperationType.FETCH)).thenReturn(viewSignals);
        lenient().when(pageSupport.isAllowed(NewMemberBounty.class, EntityOperationType.FETCH)).thenReturn(viewBounties);
        lenient().when(pageSupport.isAllowed(FraudSignal.class, EntityOperationType.UPDATE)).thenReturn(reviewFraud);
    }

    private MemberReviewController controller() {
        return new MemberReviewController(new MemberReviewAction(job, new JobPageSupport(runner), pageSupport), pageSupport);
    }

    private static JobRun run() {
        return new JobRun(1L, MemberReviewJob.NAME, "admin-1@host-a", "hq-reviewer", null, new Date(1795000000000L),
                new Date(1795000001000L), JobOutcome.SUCCEEDED, "bounties created: 2");
    }
}
