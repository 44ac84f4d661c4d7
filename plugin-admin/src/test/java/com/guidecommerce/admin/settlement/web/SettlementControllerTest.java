package com.guidecommerce.admin.settlement.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.service.SettlementException;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.job.JobHolder;
import com.guidecommerce.core.job.JobOutcome;
import com.guidecommerce.core.job.JobRun;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.job.LedgerReleaseJob;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** What the settlement pages do for whom: months in HQ's zone, who may settle, errors shown by their code. */
@ExtendWith(MockitoExtension.class)
class SettlementControllerTest {

    @Mock
    SettlementService settlementService;

    @Mock
    LedgerReleaseJob ledgerReleaseJob;

    @Mock
    JobRunner jobRunner;

    @Mock
    GenericEntityService entityService;

    @Mock
    AdminPageSupport pageSupport;

    @Mock
    HttpServletResponse response;

    /** A mock, not the entity class: loading an entity class before Broadleaf boots in this JVM breaks its weaving. */
    @Mock
    SettlementStatement statement;

    @AfterEach
    void releaseClock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldOfferTheLastMonthThatEndedInHqsZone() throws Exception {
        allow(true, true);
        SystemTime.setGlobalTimeSource(new FixedTimeSource(Instant.parse("2026-11-30T16:30:00Z").toEpochMilli()));
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().show(model, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals("gc/settlement", model.get("viewType"));
        assertEquals("2026-11", model.get("month"), "1 December in Shanghai: November has ended");
    }

    @Test
    void shouldGenerateTheChosenMonthInHqsZoneAsTheSignedInUser() throws Exception {
        allow(true, true);
        when(pageSupport.currentLogin()).thenReturn("finance");
        List<SettlementStatement> created = Collections.singletonList(statement);
        Date start = Date.from(Instant.parse("2026-10-31T16:00:00Z"));
        Date end = Date.from(Instant.parse("2026-11-30T16:00:00Z"));
        when(settlementService.generate(start, end, "finance")).thenReturn(created);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().generate("2026-11", model, response);

        assertEquals(created, model.get("created"));
        assertEquals("2026-11", model.get("month"));
    }

    @Test
    void shouldShowTheCodeOfARefusedGeneration() throws Exception {
        allow(true, true);
        when(pageSupport.currentLogin()).thenReturn("finance");
        when(settlementService.generate(any(Date.class), any(Date.class), anyString()))
                .thenThrow(new SettlementException(SettlementException.PERIOD_NOT_ENDED, "not yet"));
        ExtendedModelMap model = new ExtendedModelMap();

        controller().generate("2026-11", model, response);

        assertEquals(SettlementException.PERIOD_NOT_ENDED, model.get("errorCode"));
    }

    @Test
    void shouldRefuseSettlingToSomeoneWhoMayOnlyReadStatements() throws Exception {
        allow(true, false);

        controller().generate("2026-11", new ExtendedModelMap(), response);
        controller().confirm(7L, new ExtendedModelMap(), response);
        controller().markPaid(7L, "REF", new ExtendedModelMap(), response);
        controller().release(new ExtendedModelMap(), response);

        verify(response, times(4)).sendError(HttpServletResponse.SC_FORBIDDEN);
        verifyNoInteractions(settlementService, ledgerReleaseJob, jobRunner);
    }

    @Test
    void shouldReleaseThroughTheJobRunnerAsTheSignedInUserAndShowHowManyEntriesBecameSettleable() throws Exception {
        allow(true, true);
        when(pageSupport.currentLogin()).thenReturn("finance");
        when(ledgerReleaseJob.getName()).thenReturn(LedgerReleaseJob.NAME);
        JobRun run = new JobRun(3L, LedgerReleaseJob.NAME, "admin-1@host-a", "finance", null, new Date(), new Date(),
                JobOutcome.SUCCEEDED, "frozen entries released: 12");
        when(jobRunner.runNow(ledgerReleaseJob, "finance")).thenReturn(JobRunResult.ran(12, run));
        when(jobRunner.lastRuns(LedgerReleaseJob.NAME, 10)).thenReturn(Collections.singletonList(run));
        ExtendedModelMap model = new ExtendedModelMap();

        controller().release(model, response);

        assertEquals(12, model.get("released"));
        assertEquals(Collections.singletonList(run), model.get("jobRuns"));
    }

    @Test
    void shouldShowWhereTheReleaseIsRunningInsteadOfReleasingTwice() throws Exception {
        allow(true, true);
        when(pageSupport.currentLogin()).thenReturn("finance");
        JobRunResult<Integer> busy = JobRunResult.busy(new JobHolder("admin-2@host-b", new Date()));
        when(jobRunner.runNow(ledgerReleaseJob, "finance")).thenReturn(busy);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().release(model, response);

        assertNull(model.get("released"));
        assertEquals(busy, model.get("jobResult"));
    }

    @Test
    void shouldConfirmAndReturnToTheStatement() throws Exception {
        allow(true, true);
        when(pageSupport.currentLogin()).thenReturn("controller");

        String view = controller().confirm(7L, new ExtendedModelMap(), response);

        assertEquals("redirect:/gc-settlement/7", view);
        verify(settlementService).confirm(7L, "controller");
    }

    @Test
    void shouldKeepTheReferenceAndShowWhyMarkingPaidWasRefused() throws Exception {
        allow(true, true);
        when(pageSupport.currentLogin()).thenReturn("cashier");
        when(settlementService.markPaid(7L, "REF", "cashier"))
                .thenThrow(new SettlementException(SettlementException.ILLEGAL_TRANSITION, "not confirmed"));
        when(entityService.readGenericEntity(SettlementStatement.class.getName(), 7L)).thenReturn(statement);
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().markPaid(7L, "REF", model, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals("gc/settlementStatement", model.get("viewType"));
        assertEquals(SettlementException.ILLEGAL_TRANSITION, model.get("errorCode"));
        assertEquals("REF", model.get("paymentReference"));
    }

    @Test
    void shouldRefuseTheCsvToSomeoneWhoCannotReadStatements() throws Exception {
        when(pageSupport.isAllowed(SettlementStatement.class, EntityOperationType.FETCH)).thenReturn(false);

        controller().csv(7L, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(settlementService, never()).writeCsv(any(Long.class), any(), any());
    }

    @Test
    void shouldOpenAGridRowOnTheStatementsPage() {
        assertEquals("redirect:/gc-settlement/7", controller().openFromGrid(7L));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownStatement() throws Exception {
        when(pageSupport.isAllowed(SettlementStatement.class, EntityOperationType.FETCH)).thenReturn(true);

        assertNull(controller().statement(8L, new ExtendedModelMap(), response));
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private void allow(boolean readStatements, boolean settle) {
        when(pageSupport.isAllowed(SettlementStatement.class, EntityOperationType.FETCH)).thenReturn(readStatements);
        lenient().when(pageSupport.isAllowed(SettlementService.class, EntityOperationType.UPDATE))
                .thenReturn(settle);
    }

    private SettlementController controller() {
        return new SettlementController(settlementService, ledgerReleaseJob, new JobPageSupport(jobRunner), entityService,
                pageSupport, "Asia/Shanghai", new ReadableValues(new StaticMessageSource()));
    }
}
