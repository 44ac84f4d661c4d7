package com.guidecommerce.site.channel;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.rule.EventSignature;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentMatchers;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The API's HTTP side on the real channel registry: what is refused before anything is stored, and how each ingest
 * result is answered. The ingest service is a stub here; ChannelApiEndToEndTest runs the real pipeline.
 */
@ExtendWith(BroadleafContextExtension.class)
class ChannelEventControllerTest {

    private static final String SECRET = "test-channel-secret";
    private static final String ORDER = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"TM-1\",\"buyer\":{\"memberNo\":\"100\"},"
            + "\"lines\":[{\"lineNo\":\"1\",\"name\":\"真丝衬衫\",\"paidAmount\":\"199.00\"}]}";

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelService")
    ChannelService channelService;

    private SiteFixtures fixtures;
    private ChannelIngestService ingest;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        ingest = mock(ChannelIngestService.class);
        mvc = mvcWithBodyLimit(262144);
    }

    @Test
    void shouldHandTheExactBodyOfASignedEventToTheIngestAndAnswerWhatWasApplied() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        when(ingest.ingest(any(Channel.class), eq(IngestSource.API), anyString()))
                .thenReturn(IngestResult.accepted(41L, "ORDER_PAID:TM-1", EventStatus.APPLIED, 3));

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, ORDER));

        assertEquals(200, response.getStatus());
        assertEquals("application/json;charset=UTF-8", response.getContentType());
        assertEquals("{\"status\":\"ACCEPTED\",\"eventId\":41,\"eventKey\":\"ORDER_PAID:TM-1\",\"outcome\":\"APPLIED\","
                + "\"entries\":3}", response.getContentAsString());
        verify(ingest).ingest(ArgumentMatchers.argThat(c -> c.getCode().equals(channel.getCode())),
                eq(IngestSource.API), eq(ORDER));
    }

    @Test
    void shouldAnswerAnEventWaitingForItsOrderAsAccepted() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        when(ingest.ingest(any(Channel.class), eq(IngestSource.API), anyString()))
                .thenReturn(IngestResult.accepted(44L, "REFUND:TM-2:RF-1", EventStatus.WAITING, 0));

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, "{}"));

        assertEquals(200, response.getStatus());
        assertEquals("{\"status\":\"ACCEPTED\",\"eventId\":44,\"eventKey\":\"REFUND:TM-2:RF-1\",\"outcome\":\"WAITING\","
                + "\"entries\":0}", response.getContentAsString());
    }

    @Test
    void shouldAnswerARepeatedEventAsADuplicate() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        when(ingest.ingest(any(Channel.class), eq(IngestSource.API), anyString()))
                .thenReturn(IngestResult.duplicate(42L, "ORDER_PAID:TM-1"));

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, ORDER));

        assertEquals(200, response.getStatus());
        assertEquals("{\"status\":\"DUPLICATE\",\"eventId\":42,\"eventKey\":\"ORDER_PAID:TM-1\"}",
                response.getContentAsString());
    }

    @Test
    void shouldAnswerARejectedEventWithBadRequestAndEveryFieldReason() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        when(ingest.ingest(any(Channel.class), eq(IngestSource.API), anyString()))
                .thenReturn(IngestResult.rejected(43L, null, Arrays.asList(
                        new FieldError("occurredAt", "is required"),
                        new FieldError("lines[0].paidAmount", "is required"))));

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, "{\"type\":\"ORDER_PAID\"}"));

        assertEquals(400, response.getStatus());
        assertEquals("{\"status\":\"REJECTED\",\"eventId\":43,\"errors\":[{\"field\":\"occurredAt\",\"reason\":"
                + "\"is required\"},{\"field\":\"lines[0].paidAmount\",\"reason\":\"is required\"}]}",
                response.getContentAsString());
    }

    @Test
    void shouldRefuseAWrongSignatureAndStoreNothing() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);

        MockHttpServletResponse response = send(signed(channel.getCode(), "another-channels-secret", ORDER));

        assertEquals(401, response.getStatus());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"BAD_SIGNATURE\"}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldRefuseABodyChangedAfterSigning() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        String timestamp = String.valueOf(SystemTime.asMillis() / 1000);

        MockHttpServletResponse response = send(request(channel.getCode(), timestamp, sign(SECRET, timestamp, ORDER),
                utf8(ORDER.replace("199.00", "1990.00"))));

        assertEquals(401, response.getStatus());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"BAD_SIGNATURE\"}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldRefuseARequestSignedMoreThanFiveMinutesAgo() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        String sixMinutesAgo = String.valueOf(SystemTime.asMillis() / 1000 - 360);

        MockHttpServletResponse response = send(request(channel.getCode(), sixMinutesAgo,
                sign(SECRET, sixMinutesAgo, ORDER), utf8(ORDER)));

        assertEquals(401, response.getStatus());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"STALE_TIMESTAMP\"}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldRefuseARequestWithoutSignatureHeaders() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);

        MockHttpServletResponse response = send(request(channel.getCode(), null, null, utf8(ORDER)));

        assertEquals(401, response.getStatus());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"MISSING_HEADERS\"}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldRefuseATimestampThatIsNotEpochSeconds() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);

        MockHttpServletResponse response = send(request(channel.getCode(), "2026-11-23T10:15:00Z",
                sign(SECRET, "2026-11-23T10:15:00Z", ORDER), utf8(ORDER)));

        assertEquals(401, response.getStatus());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"MALFORMED_TIMESTAMP\"}", response.getContentAsString());
    }

    @Test
    void shouldRefuseEveryEventOfAChannelThatHasNoSigningSecret() throws Exception {
        Channel channel = fixtures.channel(null, true);

        MockHttpServletResponse response = send(signed(channel.getCode(), "whatever-it-might-be", ORDER));

        assertEquals(401, response.getStatus());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"NO_SECRET\"}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldAnswerAnUnknownChannelWithNotFound() throws Exception {
        MockHttpServletResponse response = send(signed("NO_SUCH_CHANNEL", SECRET, ORDER));

        assertEquals(404, response.getStatus());
        assertEquals("{\"status\":\"UNKNOWN_CHANNEL\",\"channel\":\"NO_SUCH_CHANNEL\"}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldAnswerAChannelThatIsSwitchedOffWithNotFound() throws Exception {
        Channel channel = fixtures.channel(SECRET, false);

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, ORDER));

        assertEquals(404, response.getStatus());
        assertEquals("{\"status\":\"UNKNOWN_CHANNEL\",\"channel\":\"" + channel.getCode() + "\"}",
                response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldRefuseABodyOverTheLimitBeforeLookingAtTheChannel() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        mvc = mvcWithBodyLimit(64);
        String body = ORDER + "                                                                               ";

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, body));

        assertEquals(413, response.getStatus());
        assertEquals("{\"status\":\"TOO_LARGE\",\"limitBytes\":64}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldTakeABodyOfExactlyTheLimit() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        mvc = mvcWithBodyLimit(utf8(ORDER).length);
        when(ingest.ingest(any(Channel.class), eq(IngestSource.API), anyString()))
                .thenReturn(IngestResult.accepted(45L, "ORDER_PAID:TM-1", EventStatus.APPLIED, 1));

        assertEquals(200, send(signed(channel.getCode(), SECRET, ORDER)).getStatus());
    }

    @Test
    void shouldRefuseABodyThatIsNotUtf8Text() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        byte[] latin1 = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        String timestamp = String.valueOf(SystemTime.asMillis() / 1000);

        MockHttpServletResponse response = send(request(channel.getCode(), timestamp,
                EventSignature.sign(SECRET, timestamp, latin1), latin1));

        assertEquals(400, response.getStatus());
        assertEquals("{\"status\":\"REJECTED\",\"eventId\":null,\"errors\":[{\"field\":\"body\",\"reason\":"
                + "\"is not UTF-8 text\"}]}", response.getContentAsString());
        verifyNoInteractions(ingest);
    }

    @Test
    void shouldAnswerAFailureOfTheIngestWithJsonAndNoStackTrace() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        when(ingest.ingest(any(Channel.class), eq(IngestSource.API), anyString()))
                .thenThrow(new IllegalStateException("database is down"));

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, ORDER));

        assertEquals(500, response.getStatus());
        assertEquals("{\"status\":\"ERROR\",\"reason\":\"the event could not be processed; send it again later\"}",
                response.getContentAsString());
    }

    @Test
    void shouldAnswerServiceUnavailableWhileTheMallsSecretsAreNotSet() throws Exception {
        Channel channel = fixtures.channel(SECRET, true);
        when(ingest.ingest(any(Channel.class), eq(IngestSource.API), anyString()))
                .thenThrow(new ChannelException(ChannelException.SECRETS_NOT_SET, "gc.share.secret is not set"));

        MockHttpServletResponse response = send(signed(channel.getCode(), SECRET, ORDER));

        assertEquals(503, response.getStatus());
        assertEquals("{\"status\":\"UNAVAILABLE\",\"reason\":\"SECRETS_NOT_SET\",\"message\":\"the mall does not take"
                + " channel events until its operator configures its secrets; nothing was stored, send the event again"
                + " later\"}", response.getContentAsString());
    }

    @Test
    void shouldAnswerAGetWithMethodNotAllowedInJson() throws Exception {
        MockHttpServletResponse response = send(get(path("TMALL")));

        assertEquals(405, response.getStatus());
        assertEquals("POST", response.getHeader("Allow"));
        assertEquals("{\"status\":\"METHOD_NOT_ALLOWED\",\"allow\":\"POST\"}", response.getContentAsString());
    }

    private MockMvc mvcWithBodyLimit(int maxBodyBytes) {
        ChannelEventController controller = new ChannelEventController();
        controller.channelService = channelService;
        controller.ingestService = ingest;
        controller.limits = new ChannelApiLimits(maxBodyBytes, EventSignature.DEFAULT_SKEW_SECONDS);
        return MockMvcBuilders.standaloneSetup(controller).build();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder signed(String channelCode, String secret, String body) {
        String timestamp = String.valueOf(SystemTime.asMillis() / 1000);
        return request(channelCode, timestamp, sign(secret, timestamp, body), utf8(body));
    }

    /** A POST with the given signature headers ({@code null}: left out) and body. */
    private static MockHttpServletRequestBuilder request(String channelCode, String timestamp, String signature,
                                                         byte[] body) {
        MockHttpServletRequestBuilder request = post(path(channelCode)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (timestamp != null) {
            request.header(ChannelEventController.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            request.header(ChannelEventController.SIGNATURE_HEADER, signature);
        }
        return request;
    }

    private static String sign(String secret, String timestamp, String body) {
        return EventSignature.sign(secret, timestamp, utf8(body));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String path(String channelCode) {
        return "/api/gc/v1/channels/" + channelCode + "/events";
    }
}
