package com.guidecommerce.admin.fraud.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.admin.review.web.MemberReviewAction;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.Date;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Fraud review list runs the member review for fraud reviewers only, through the job runner, and carries what the
 * run did across its redirect back to the list.
 */
@ExtendWith(MockitoExtension.class)
class FraudReviewControllerTest {

    @Mock
    MemberReviewJob job;

    @Mock
    JobRunner runner;

    @Mock
    AdminPageSupport pageSupport;

    @Mock
    HttpServletResponse response;

    @Test
    void shouldRunTheReviewAndShowWhatItDidOnTheListAfterTheRedirect() throws Exception {
        when(pageSupport.isAllowed(FraudSignal.class, EntityOperationType.UPDATE)).thenReturn(true);
        when(pageSupport.currentLogin()).thenReturn("hq-reviewer");
        MemberReviewSummary summary = new MemberReviewSummary(2, 1, 0);
        JobRunResult<MemberReviewSummary> ran = JobRunResult.ran(summary, new JobRun(7L, MemberReviewJob.NAME,
                "admin-1@host-a", "hq-reviewer", null, new Date(1795000000000L), new Date(1795000001000L),
                JobOutcome.SUCCEEDED, summary.toString()));
        when(runner.runNow(job, "hq-reviewer")).thenReturn(ran);
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String view = controller().runReview(response, redirect);

        assertEquals("redirect:/gc-fraud-signal", view);
        assertSame(summary, redirect.getFlashAttributes().get("reviewSummary"));
        assertSame(ran, redirect.getFlashAttributes().get("jobResult"));
        assertTrue(redirect.isEmpty(), "nothing goes into the list's address");
        // Flash attributes live in the session, which a cluster may replicate.
        new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(redirect.getFlashAttributes().get("jobResult"));
    }

    @Test
    void shouldSayWhereTheReviewIsAlreadyRunningInsteadOfRunningItTwice() throws Exception {
        when(pageSupport.isAllowed(FraudSignal.class, EntityOperationType.UPDATE)).thenReturn(true);
        when(pageSupport.currentLogin()).thenReturn("hq-reviewer");
        JobRunResult<MemberReviewSummary> busy = JobRunResult.busy(new JobHolder("admin-2@host-b", new Date(1795000000000L)));
        when(runner.runNow(job, "hq-reviewer")).thenReturn(busy);
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        controller().runReview(response, redirect);

        assertSame(busy, redirect.getFlashAttributes().get("jobResult"));
        assertNull(redirect.getFlashAttributes().get("reviewSummary"));
    }

    @Test
    void shouldRefuseTheRunToSomeoneWhoCannotReviewFraudSignals() throws Exception {
        when(pageSupport.isAllowed(FraudSignal.class, EntityOperationType.UPDATE)).thenReturn(false);

        String view = controller().runReview(response, new RedirectAttributesModelMap());

        assertNull(view);
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(runner, never()).runNow(any(), anyString());
    }

    private FraudReviewController controller() {
        return new FraudReviewController(new MemberReviewAction(job, new JobPageSupport(runner), pageSupport));
    }
}
