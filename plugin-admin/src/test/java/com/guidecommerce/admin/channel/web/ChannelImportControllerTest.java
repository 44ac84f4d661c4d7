package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.CsvEvents;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.common.Note;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The Channel import page over a stand-in ingest service: what it sends to the ingest, and how every row of the file
 * is reported.
 */
@ExtendWith(MockitoExtension.class)
class ChannelImportControllerTest {

    private static final String HEADER = String.join(",", CsvEvents.COLUMNS);

    @Mock
    ChannelService channelService;

    @Mock
    ChannelIngestService ingestService;

    @Mock
    ExploitProtectionService exploitProtection;

    @Mock
    AdminPageSupport pageSupport;

    @Mock
    HttpServletResponse response;

    @Mock
    MultipartFile file;

    @Captor
    ArgumentCaptor<List<ChannelEvent>> sent;

    @Test
    void shouldIngestTheReadableEventsAndReportEveryRow() throws Exception {
        Channel tmall = channel("TMALL", true);
        allowImport(true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        upload(HEADER,
                "ORDER_PAID,TM-1,,2026-11-23T10:15:00+08:00,100,,,,,,,1,TEE,,,,1,99.00",
                "ORDER_PAID,TM-1,,,,,,,,,,2,CAP,,,,1,19.00",
                "ORDER_PAID,TM-2,,2026-11-23T10:15:00+08:00,100,,,,,,,1,TEE,,,,1,9.999",
                "ORDER_PAID,TM-0,,2026-11-20T10:15:00+08:00,100,,,,,,,1,TEE,,,,1,5.00");
        when(ingestService.ingestEvents(eq(tmall), eq(IngestSource.CSV), sent.capture())).thenReturn(Arrays.asList(
                IngestResult.accepted(41L, "ORDER_PAID:TM-1", EventStatus.APPLIED, 2),
                IngestResult.duplicate(42L, "ORDER_PAID:TM-0")));
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().upload("TMALL", file, model, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals(Arrays.asList("ORDER_PAID:TM-1", "ORDER_PAID:TM-0"), keys(sent.getValue()));
        ChannelImportReport report = (ChannelImportReport) model.get("report");
        assertEquals(4, report.getRows().size());
        assertRow(report.getRows().get(0), 2, "ORDER_PAID:TM-1", IngestResult.Status.ACCEPTED, "APPLIED", null);
        assertRow(report.getRows().get(1), 3, "ORDER_PAID:TM-1", IngestResult.Status.ACCEPTED, "APPLIED", null);
        assertRow(report.getRows().get(2), 4, "ORDER_PAID:TM-2", IngestResult.Status.REJECTED, null,
                "row 4, amount: must not have more than 2 decimals");
        assertRow(report.getRows().get(3), 5, "ORDER_PAID:TM-0", IngestResult.Status.DUPLICATE, "DUPLICATE", null);
        assertEquals(Arrays.asList(3, 1, 1, 1), Arrays.asList(report.getEventCount(), report.getAccepted(),
                report.getDuplicates(), report.getRejected()));
    }

    @Test
    void shouldReportTheIngestsOwnReasonForARefusedEvent() throws Exception {
        Channel pos = channel("POS", true);
        allowImport(true);
        when(channelService.findByCode("POS")).thenReturn(pos);
        upload(HEADER, "REFUND,P-1,R-1,2026-11-26T09:00:00+08:00,,,,,,,,9,,,,,,5.00");
        when(ingestService.ingestEvents(eq(pos), eq(IngestSource.CSV), any())).thenReturn(Collections.singletonList(
                IngestResult.rejected(43L, "REFUND:P-1:R-1",
                        Collections.singletonList(new FieldError("lines[0].lineNo", "the order has no line 9")))));
        ExtendedModelMap model = new ExtendedModelMap();

        controller().upload("POS", file, model, response);

        ChannelImportReport.Row row = ((ChannelImportReport) model.get("report")).getRows().get(0);
        assertRow(row, 2, "REFUND:P-1:R-1", IngestResult.Status.REJECTED, "REJECTED", "lines[0].lineNo: the order has no line 9");
    }

    @Test
    void shouldRefuseAFileWithoutAHeaderAndIngestNothing() throws Exception {
        allowImport(true);
        Channel tmall = channel("TMALL", true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        upload("ORDER_PAID,TM-1,,2026-11-23T10:15:00+08:00");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().upload("TMALL", file, model, response);

        assertEquals(true, EventProblem.english((String) model.get("fileProblem")).startsWith("The header row lacks"));
        assertNull(model.get("report"));
        verify(ingestService, never()).ingestEvents(any(), any(), any());
    }

    @Test
    void shouldRefuseASwitchedOffChannel() throws Exception {
        allowImport(true);
        Channel jd = channel("JD", false);
        when(channelService.findByCode("JD")).thenReturn(jd);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().upload("JD", file, model, response);

        assertEquals("gcChannelImport_error_channel", model.get("errorKey"));
        verify(ingestService, never()).ingestEvents(any(), any(), any());
    }

    @Test
    void shouldOfferOnlyActiveChannelsAndPutTheCsrfTokenInTheFormsAddress() throws Exception {
        allowImport(true);
        Channel tmall = channel("TMALL", true);
        Channel jd = channel("JD", false);
        when(channelService.findAll()).thenReturn(Arrays.asList(tmall, jd));
        when(exploitProtection.getCSRFToken()).thenReturn("token-1");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(model, response);

        assertEquals(Collections.singletonList(tmall), model.get("channels"));
        assertEquals("token-1", model.get("csrfToken"));
    }

    @Test
    void shouldListStoredDeliveriesNotYetAppliedPerChannel() throws Exception {
        allowImport(true);
        Map<String, Long> received = Collections.singletonMap("TMALL", 3L);
        when(ingestService.unappliedCounts()).thenReturn(received);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(model, response);

        assertEquals(received, model.get("received"));
    }

    @Test
    void shouldApplyAChannelsStoredDeliveriesAgainAndSayWhatBecameOfThem() throws Exception {
        allowImport(true);
        Channel tmall = channel("TMALL", true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        when(ingestService.processAgain(tmall, ChannelImportController.PROCESS_AGAIN_LIMIT)).thenReturn(Arrays.asList(
                IngestResult.accepted(41L, "ORDER_PAID:TM-1", EventStatus.APPLIED, 2),
                IngestResult.accepted(42L, "REFUND:TM-1:R1", EventStatus.APPLIED, 2),
                IngestResult.duplicate(43L, "ORDER_PAID:TM-0"),
                IngestResult.failed(44L, "REFUND:TM-1:R2", "processing failed (the disk is full)")));
        ExtendedModelMap model = new ExtendedModelMap();

        controller().processAgain("TMALL", model, response);

        assertArrayEquals(new int[] {4, 2, 1, 0, 1}, (int[]) model.get("again"));
        assertEquals("TMALL", model.get("againChannel"));
    }

    @Test
    void shouldSayWhenAnotherProcessIsApplyingTheSameDeliveries() throws Exception {
        allowImport(true);
        Channel tmall = channel("TMALL", true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        when(ingestService.processAgain(tmall, ChannelImportController.PROCESS_AGAIN_LIMIT))
                .thenThrow(new ChannelException("BUSY", "try again for the rest"));
        ExtendedModelMap model = new ExtendedModelMap();

        controller().processAgain("TMALL", model, response);

        assertEquals("try again for the rest", model.get("againBusy"));
        assertNull(model.get("again"));
    }

    @Test
    void shouldSayThatNothingIsImportedWhileThePluginsSecretsAreNotSet() throws Exception {
        Channel tmall = channel("TMALL", true);
        allowImport(true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        upload(HEADER, "ORDER_PAID,TM-1,,2026-11-23T10:15:00+08:00,100,,,,,,,1,TEE,,,,1,99.00");
        when(ingestService.ingestEvents(eq(tmall), eq(IngestSource.CSV), any())).thenThrow(secretsNotSet());
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().upload("TMALL", file, model, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals("gcChannelImport_error_secrets", model.get("errorKey"));
        assertNull(model.get("report"));
    }

    @Test
    void shouldSayThatNothingIsAppliedAgainWhileThePluginsSecretsAreNotSet() throws Exception {
        allowImport(true);
        Channel tmall = channel("TMALL", true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        when(ingestService.processAgain(tmall, ChannelImportController.PROCESS_AGAIN_LIMIT)).thenThrow(secretsNotSet());
        ExtendedModelMap model = new ExtendedModelMap();

        controller().processAgain("TMALL", model, response);

        assertEquals("gcChannelImport_error_secrets", model.get("errorKey"));
        assertNull(model.get("againBusy"));
        assertNull(model.get("again"));
    }

    @Test
    void shouldSayWhyStoredDeliveriesCouldNotBeAppliedAgainAndKeepThemListed() throws Exception {
        allowImport(true);
        Channel tmall = channel("TMALL", true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        when(ingestService.processAgain(tmall, ChannelImportController.PROCESS_AGAIN_LIMIT))
                .thenThrow(new IllegalStateException("the database is read-only"));
        when(ingestService.unappliedCounts()).thenReturn(Collections.singletonMap("TMALL", 2L));
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().processAgain("TMALL", model, response);

        assertEquals("modules/defaultContainer", view);
        assertTrue(String.valueOf(model.get("againFailed")).matches("GC-[0-9A-Z]{10}"), "a reference, not the cause");
        assertEquals(Collections.singletonMap("TMALL", 2L), model.get("received"));
    }

    @Test
    void shouldShowTheImportPageWithAReferenceWhenTheIngestFails() throws Exception {
        Channel tmall = channel("TMALL", true);
        allowImport(true);
        when(channelService.findByCode("TMALL")).thenReturn(tmall);
        upload(HEADER, "ORDER_PAID,TM-1,,2026-11-23T10:15:00+08:00,100,,,,,,,1,TEE,,,,1,99.00");
        when(ingestService.ingestEvents(eq(tmall), eq(IngestSource.CSV), any()))
                .thenThrow(new IllegalStateException("could not execute statement; SQL [n/a]"));
        when(ingestService.unappliedCounts()).thenReturn(Collections.singletonMap("TMALL", 1L));
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().upload("TMALL", file, model, response);

        assertEquals("modules/defaultContainer", view);
        assertTrue(String.valueOf(model.get("importFailed")).matches("GC-[0-9A-Z]{10}"), "a reference, not the cause");
        assertNull(model.get("report"));
        assertEquals(Collections.singletonMap("TMALL", 1L), model.get("received"), "what was stored is listed");
    }

    @Test
    void shouldNotApplyAgainForSomeoneWithoutTheImportPermission() throws Exception {
        allowImport(false);

        assertNull(controller().processAgain("TMALL", new ExtendedModelMap(), response));

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verifyNoInteractions(ingestService, channelService);
    }

    @Test
    void shouldRefuseSomeoneWithoutTheImportPermission() throws Exception {
        allowImport(false);

        assertNull(controller().upload("TMALL", file, new ExtendedModelMap(), response));

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verifyNoInteractions(ingestService, channelService);
    }

    @Test
    void shouldDownloadATemplateThatImportsAsItIs() throws Exception {
        allowImport(true);
        MockHttpServletResponse download = new MockHttpServletResponse();

        controller().template(download);

        assertEquals("text/csv;charset=UTF-8", download.getContentType());
        assertEquals("attachment; filename=\"channel-import-template.csv\"", download.getHeader("Content-Disposition"));
        CsvEvents.Parsed parsed = CsvEvents.read(new ByteArrayInputStream(download.getContentAsByteArray()));
        assertNull(parsed.getFileProblem());
        assertEquals(2, parsed.getEvents().size());
        assertTrue(parsed.getEvents().get(0).isValid() && parsed.getEvents().get(1).isValid());
    }

    @Test
    void shouldRefuseTheTemplateToWhoeverMayNotImport() throws Exception {
        allowImport(false);

        controller().template(response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(response, never()).getOutputStream();
    }

    @Test
    void shouldListTheColumnsWithTheRequiredOnesForThePage() throws Exception {
        allowImport(true);
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show(model, response);

        assertEquals(CsvEvents.COLUMNS, model.get("columns"));
        assertEquals(Arrays.asList("type", "orderNo", "occurredAt"), model.get("requiredColumns"));
    }

    private void upload(String... lines) throws Exception {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        when(file.isEmpty()).thenReturn(false);
        when(file.getInputStream()).thenReturn(new ByteArrayInputStream(bytes));
        lenient().when(file.getOriginalFilename()).thenReturn("orders.csv");
    }

    private static ChannelException secretsNotSet() {
        return new ChannelException(ChannelException.SECRETS_NOT_SET, "gc.share.secret is not set");
    }

    private void allowImport(boolean allowed) {
        when(pageSupport.isAllowed(ChannelIngestService.class, EntityOperationType.ADD)).thenReturn(allowed);
    }

    private ChannelImportController controller() {
        return new ChannelImportController(channelService, ingestService, exploitProtection, pageSupport);
    }

    /** A mock, not the entity class: loading an entity class before Broadleaf boots in this JVM breaks its weaving. */
    private static Channel channel(String code, boolean active) {
        Channel channel = mock(Channel.class, code);
        lenient().when(channel.getCode()).thenReturn(code);
        lenient().when(channel.isActive()).thenReturn(active);
        return channel;
    }

    private static List<String> keys(List<ChannelEvent> events) {
        String[] keys = new String[events.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = events.get(i).key();
        }
        return Arrays.asList(keys);
    }

    private static void assertRow(ChannelImportReport.Row row, int rowNo, String key, IngestResult.Status status,
                                  String outcome, String reason) {
        assertEquals(rowNo, row.getRowNo());
        assertEquals(key, row.getEventKey());
        assertEquals(status, row.getStatus());
        assertEquals(outcome, row.getOutcome());
        assertEquals(reason == null, row.getReason() == null);
        if (reason != null) {
            assertNotNull(Note.parse(row.getReason()), "the reason is stored as notes: " + row.getReason());
            assertEquals(reason, EventProblem.english(row.getReason()));
        }
    }
}
