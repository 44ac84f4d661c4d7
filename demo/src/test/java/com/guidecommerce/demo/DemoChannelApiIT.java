package com.guidecommerce.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guidecommerce.core.channel.rule.EventSignature;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channel API of the running demo mall over real HTTP, through the site's security configuration, with the
 * example events of {@code demo/channel-events/} (the demo shopper, a member of G0003 of the franchised store HZ001)
 * signed with the demo secrets. The steps build on each other, as a channel's deliveries do: order, resend, refund.
 */
@ExtendWith(RunningDemoMall.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoChannelApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TMALL_SECRET = "demo-tmall-secret";

    @Test
    @Order(1)
    void shouldCreditTheMembersGuideAndFranchiseeForASignedTmallOrder(DemoMall mall) throws Exception {
        HttpResponse<String> response = send(mall, "TMALL", TMALL_SECRET, example("tmall-order-paid.json"));

        JsonNode answer = answer(response, 200);
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElse("")
                .toLowerCase());
        assertEquals("ACCEPTED", answer.get("status").asText());
        assertEquals("ORDER_PAID:TM-DEMO-0001", answer.get("eventKey").asText());
        assertEquals("APPLIED", answer.get("outcome").asText());
        assertEquals(4, answer.get("entries").asInt(), "two lines, each for guide G0003 and franchisee F001");
    }

    @Test
    @Order(2)
    void shouldAnswerTheSameOrderSentAgainAsADuplicate(DemoMall mall) throws Exception {
        HttpResponse<String> response = send(mall, "TMALL", TMALL_SECRET, example("tmall-order-paid.json"));

        JsonNode answer = answer(response, 200);
        assertEquals("DUPLICATE", answer.get("status").asText());
        assertEquals("ORDER_PAID:TM-DEMO-0001", answer.get("eventKey").asText());
    }

    @Test
    @Order(3)
    void shouldReverseThePartOfTheOrderThatWasRefunded(DemoMall mall) throws Exception {
        HttpResponse<String> response = send(mall, "TMALL", TMALL_SECRET, example("tmall-partial-refund.json"));

        JsonNode answer = answer(response, 200);
        assertEquals("ACCEPTED", answer.get("status").asText());
        assertEquals("REFUND:TM-DEMO-0001:RF-DEMO-0001", answer.get("eventKey").asText());
        assertEquals(2, answer.get("entries").asInt(), "a reversal for the guide and one for the franchisee");
    }

    @Test
    @Order(4)
    void shouldCreditTheMembersGuideForAStoreSaleReportedByThePos(DemoMall mall) throws Exception {
        HttpResponse<String> response = send(mall, "POS", "demo-pos-secret", example("pos-order-paid.json"));

        JsonNode answer = answer(response, 200);
        assertEquals("ACCEPTED", answer.get("status").asText());
        assertEquals(2, answer.get("entries").asInt());
    }

    @Test
    void shouldRefuseAnEventSignedWithAnotherSecret(DemoMall mall) throws Exception {
        HttpResponse<String> response = send(mall, "TMALL", "demo-pos-secret", example("tmall-order-paid.json"));

        assertEquals(401, response.statusCode());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"BAD_SIGNATURE\"}", response.body());
    }

    @Test
    void shouldRefuseATimestampWhoseDistanceFromNowOverflows(DemoMall mall) throws Exception {
        byte[] body = example("pos-order-paid.json");
        String wrapped = String.valueOf(System.currentTimeMillis() / 1000 + Long.MIN_VALUE);

        HttpResponse<String> response = mall.postSite("/api/gc/v1/channels/POS/events", body,
                "Content-Type", "application/json",
                "X-GC-Timestamp", wrapped,
                "X-GC-Signature", EventSignature.sign("demo-pos-secret", wrapped, body));

        assertEquals(401, response.statusCode());
        assertEquals("{\"status\":\"UNAUTHORIZED\",\"reason\":\"STALE_TIMESTAMP\"}", response.body());
    }

    @Test
    void shouldAnswerAMalformedEventWithTheReasonOfEachField(DemoMall mall) throws Exception {
        HttpResponse<String> response = send(mall, "TMALL", TMALL_SECRET, example("malformed.json"));

        JsonNode answer = answer(response, 400);
        assertEquals("REJECTED", answer.get("status").asText());
        assertEquals("occurredAt", answer.get("errors").get(0).get("field").asText());
        assertEquals("lines[0].paidAmount", answer.get("errors").get(1).get("field").asText());
        assertTrue(answer.get("eventId").isNumber(), "the refused delivery is kept for HQ to see");
    }

    @Test
    void shouldAnswerAnUnknownChannelWithNotFound(DemoMall mall) throws Exception {
        HttpResponse<String> response = send(mall, "NOPE", TMALL_SECRET, example("tmall-order-paid.json"));

        assertEquals(404, response.statusCode());
        assertEquals("{\"status\":\"UNKNOWN_CHANNEL\",\"channel\":\"NOPE\"}", response.body());
    }

    @Test
    void shouldAnswerABrowserOpeningTheAddressWithJsonNotAPage(DemoMall mall) throws Exception {
        HttpResponse<String> response = mall.getSite("/api/gc/v1/channels/TMALL/events");

        assertEquals(405, response.statusCode());
        assertEquals("{\"status\":\"METHOD_NOT_ALLOWED\",\"allow\":\"POST\"}", response.body());
    }

    private static JsonNode answer(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** An example event file with {@code {{now}}} replaced by the current time, as the sending script does. */
    private static byte[] example(String name) throws Exception {
        Path file = Paths.get(System.getProperty("basedir", ".")).resolve("channel-events").resolve(name);
        String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("{{now}}", now)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(DemoMall mall, String channel, String secret, byte[] body)
            throws Exception {
        return mall.postChannelEvent(channel, secret, body);
    }
}
