package com.guidecommerce.admin.review.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.job.MemberReviewJob;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.ui.ExtendedModelMap;

import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Who may see the Member review page and who may run the review from it. */
@ExtendWith(MockitoExtension.class)
class MemberReviewControllerTest {

    @Mock
    MemberReviewJob job;

    @Mock
    AdminPageSupport pageSupport;

    @Mock
    HttpServletResponse response;

    @Test
    void shouldRunTheReviewForAFraudReviewerAndShowTheSummary() throws Exception {
        allow(true, true);
        when(job.run()).thenReturn("bounties created: 2");
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().run(model, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals("bounties created: 2", model.get("summary"));
        assertEquals("gc/memberReview", model.get("viewType"));
    }

    @Test
    void shouldShowThePageButRefuseTheRunToABountyViewerWhoCannotReview() throws Exception {
        allow(true, false);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(model, response);
        controller().run(new ExtendedModelMap(), response);

        assertEquals(Boolean.FALSE, model.get("canRun"));
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(job, never()).run();
    }

    @Test
    void shouldRefuseThePageToSomeoneWhoCannotSeeBounties() throws Exception {
        when(pageSupport.isAllowed(NewMemberBounty.class, EntityOperationType.FETCH)).thenReturn(false);

        String view = controller().show(new ExtendedModelMap(), response);

        assertNull(view);
        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private void allow(boolean viewBounties, boolean reviewFraud) {
        when(pageSupport.isAllowed(NewMemberBounty.class, EntityOperationType.FETCH)).thenReturn(viewBounties);
        when(pageSupport.isAllowed(FraudSignal.class, EntityOperationType.UPDATE)).thenReturn(reviewFraud);
    }

    private MemberReviewController controller() {
        return new MemberReviewController(job, pageSupport);
    }
}
