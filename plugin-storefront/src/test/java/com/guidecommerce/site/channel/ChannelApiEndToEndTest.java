package com.guidecommerce.site.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.rule.EventSignature;
import com.guidecommerce.core.channel.service.ChannelIngestServiceImpl;
import com.guidecommerce.core.common.PluginSecrets;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signed HTTP requests through the channel API into the real ingest pipeline and ledger, on the test database
 * (HSQLDB, or MySQL with GC_TEST_DB=mysql): a member's order credits their guide and the store's franchisee, a resend
 * is a duplicate, a refund before its order waits for it, a malformed body is refused field by field.
 */
@ExtendWith(BroadleafContextExtension.class)
class ChannelApiEndToEndTest {

    private static final String SECRET = "tmall-end-to-end-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    private MockMvc mvc;
    private JdbcTemplate jdbc;
    private Channel tmall;
    private Customer member;
    private String paidAt;
    private String refundedAt;

    @BeforeEach
    void setUp() {
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        jdbc = commission.jdbc();
        tmall = commission.channel("TM", CommissionStart.PAID, 7, SECRET);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Guide guide = organisation.guide(organisation.franchisedStore());
        member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        // The member was bound just now; the orders are paid after that, in China Standard Time.
        Instant now = Instant.ofEpochMilli(SystemTime.asMillis()).truncatedTo(ChronoUnit.SECONDS);
        paidAt = now.plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.ofHours(8)).toString();
        refundedAt = now.plus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.ofHours(8)).toString();
        mvc = MockMvcBuilders.standaloneSetup(new SiteFixtures(context).wired(new ChannelEventController())).build();
    }

    @Test
    void shouldCreditTheBoundGuideAndTheFranchiseeForASignedOrderOfTheirMember() throws Exception {
        MockHttpServletResponse response = send(paid("A1", "100.00"));

        assertEquals(200, response.getStatus());
        Map<String, Object> answer = json(response);
        assertEquals("ACCEPTED", answer.get("status"));
        assertEquals("ORDER_PAID:A1", answer.get("eventKey"));
        assertEquals("APPLIED", answer.get("outcome"));
        assertEquals(2, answer.get("entries"));
        assertNotNull(answer.get("eventId"));
        assertEquals(Arrays.asList("BOUND_GUIDE 5.00", "FRANCHISEE 2.00"), entries("A1"));
    }

    @Test
    void shouldAnswerTheSameOrderSentAgainAsADuplicateAndWriteNothingMore() throws Exception {
        String body = paid("A2", "80.00");
        Map<String, Object> first = json(send(body));

        MockHttpServletResponse again = send(body);

        assertEquals(200, again.getStatus());
        Map<String, Object> answer = json(again);
        assertEquals("DUPLICATE", answer.get("status"));
        assertEquals("ORDER_PAID:A2", answer.get("eventKey"));
        assertNotEquals(first.get("eventId"), answer.get("eventId"), "the resend is stored as a delivery of its own");
        assertEquals(Arrays.asList("BOUND_GUIDE 4.00", "FRANCHISEE 1.60"), entries("A2"));
    }

    @Test
    void shouldKeepARefundSentBeforeItsOrderAndApplyItWhenTheOrderArrives() throws Exception {
        MockHttpServletResponse early = send(refund("A3", "RF-1", "25.00"));

        assertEquals(200, early.getStatus());
        Map<String, Object> waiting = json(early);
        assertEquals("ACCEPTED", waiting.get("status"));
        assertEquals("WAITING", waiting.get("outcome"));
        assertEquals(0, waiting.get("entries"));
        assertEquals(Arrays.asList(), entries("A3"));

        Map<String, Object> order = json(send(paid("A3", "100.00")));

        assertEquals("APPLIED", order.get("outcome"));
        assertEquals("APPLIED", jdbc.queryForObject("SELECT STATUS FROM GC_CHANNEL_EVENT WHERE EVENT_ID = ?",
                String.class, ((Number) waiting.get("eventId")).longValue()));
        assertEquals(Arrays.asList("BOUND_GUIDE 5.00", "FRANCHISEE 2.00", "BOUND_GUIDE -1.25", "FRANCHISEE -0.50"),
                entries("A3"));
    }

    @Test
    void shouldAnswerAMalformedBodyWithTheReasonOfEachFieldAndKeepThePayload() throws Exception {
        String body = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"A4\",\"lines\":[{\"lineNo\":\"1\",\"paidAmount\":\"-5\"}]}";

        MockHttpServletResponse response = send(body);

        assertEquals(400, response.getStatus());
        Map<String, Object> answer = json(response);
        assertEquals("REJECTED", answer.get("status"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) answer.get("errors");
        assertEquals(Arrays.asList("occurredAt", "lines[0].paidAmount"),
                errors.stream().map(e -> e.get("field")).collect(Collectors.toList()));
        assertEquals("must not be negative", errors.get(1).get("reason"));
        assertEquals(body, jdbc.queryForObject("SELECT PAYLOAD FROM GC_CHANNEL_EVENT WHERE EVENT_ID = ?", String.class,
                ((Number) answer.get("eventId")).longValue()));
    }

    @Test
    void shouldRefuseTimesNoRealOrderCanHaveAndLeaveTheOrderFreeForItsRealEvents() throws Exception {
        for (String time : Arrays.asList("0001-01-01T00:00:00+08:00", "-0001-01-01T00:00:00Z",
                "+300000000-01-01T00:00:00Z")) {
            MockHttpServletResponse response = send(paid("A7", "100.00").replace(paidAt, time));

            assertEquals(400, response.getStatus(), time);
            @SuppressWarnings("unchecked")
            List<Map<String, String>> errors = (List<Map<String, String>>) json(response).get("errors");
            assertEquals("occurredAt", errors.get(0).get("field"), time);
        }

        assertEquals("APPLIED", json(send(paid("A7", "100.00"))).get("outcome"));
        assertEquals("APPLIED", json(send(refund("A7", "RF-1", "10.00"))).get("outcome"));
        assertEquals(Arrays.asList("REJECTED", "REJECTED", "REJECTED", "APPLIED", "APPLIED"), jdbc.queryForList(
                "SELECT STATUS FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ? ORDER BY EVENT_ID", String.class,
                tmall.getCode()));
    }

    @Test
    void shouldTakeOrderAndRefundNumbersThatDifferOnlyInLetterCaseAsTheSame() throws Exception {
        assertEquals("APPLIED", json(send(paid("ord-a8", "100.00"))).get("outcome"));
        assertEquals("APPLIED", json(send(refund("Ord-A8", "rf-1", "10.00"))).get("outcome"));

        MockHttpServletResponse order = send(paid("ORD-A8", "100.00"));
        MockHttpServletResponse refund = send(refund("ord-a8", "RF-1", "10.00"));

        assertEquals(200, order.getStatus());
        assertEquals("DUPLICATE", json(order).get("status"));
        assertEquals("DUPLICATE", json(refund).get("status"));
        assertEquals(Arrays.asList("BOUND_GUIDE 5.00", "FRANCHISEE 2.00", "BOUND_GUIDE -0.50", "FRANCHISEE -0.20"),
                entries("ORD-A8"));
    }

    @Test
    void shouldRefuseAnAmountWithMoreThanTwoDecimalsRatherThanRoundIt() throws Exception {
        MockHttpServletResponse response = send(paid("A9", "100.00").replace("\"100.00\"", "100.0000000000000001"));

        assertEquals(400, response.getStatus());
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ?",
                Integer.class, tmall.getCode()));
    }

    @Test
    void shouldStoreNothingOfARequestWithABadSignature() throws Exception {
        String body = paid("A5", "100.00");
        String timestamp = String.valueOf(SystemTime.asMillis() / 1000);

        MockHttpServletResponse response = mvc.perform(post(path()).contentType(MediaType.APPLICATION_JSON)
                .header(ChannelEventController.TIMESTAMP_HEADER, timestamp)
                .header(ChannelEventController.SIGNATURE_HEADER, EventSignature.sign("not-" + SECRET, timestamp,
                        body.getBytes(StandardCharsets.UTF_8)))
                .content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();

        assertEquals(401, response.getStatus());
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ?",
                Integer.class, tmall.getCode()));
    }

    @Test
    void shouldAnswerServiceUnavailableAndStoreNothingWhileTheMallsSecretsArePlaceholders() throws Exception {
        SiteFixtures site = new SiteFixtures(context);
        ChannelIngestServiceImpl refusing = site.wired(new ChannelIngestServiceImpl());
        ReflectionTestUtils.setField(refusing, "secrets", new PluginSecrets("change-me-guide-commerce-share-secret",
                "change-me-guide-commerce-phone-salt"));
        ChannelEventController controller = site.wired(new ChannelEventController());
        controller.ingestService = refusing;
        mvc = MockMvcBuilders.standaloneSetup(controller).build();

        MockHttpServletResponse response = send(paid("A6", "100.00"));

        assertEquals(503, response.getStatus());
        assertEquals("SECRETS_NOT_SET", json(response).get("reason"));
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL_EVENT WHERE CHANNEL_CODE = ?",
                Integer.class, tmall.getCode()));
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM GC_CHANNEL_ORDER WHERE CHANNEL_CODE = ?",
                Integer.class, tmall.getCode()));
    }

    private MockHttpServletResponse send(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(SystemTime.asMillis() / 1000);
        return mvc.perform(post(path()).contentType(MediaType.APPLICATION_JSON)
                .header(ChannelEventController.TIMESTAMP_HEADER, timestamp)
                .header(ChannelEventController.SIGNATURE_HEADER, EventSignature.sign(SECRET, timestamp, bytes))
                .content(bytes)).andReturn().getResponse();
    }

    private String path() {
        return "/api/gc/v1/channels/" + tmall.getCode() + "/events";
    }

    private String paid(String orderNo, String amount) {
        return "{\"type\":\"ORDER_PAID\",\"orderNo\":\"" + orderNo + "\",\"occurredAt\":\"" + paidAt + "\","
                + "\"currency\":\"CNY\",\"buyer\":{\"memberNo\":\"" + member.getId() + "\"},"
                + "\"lines\":[{\"lineNo\":\"1\",\"sku\":\"linen-midi-dress\",\"name\":\"亚麻收腰中长连衣裙\","
                + "\"quantity\":1,\"paidAmount\":\"" + amount + "\"}]}";
    }

    private String refund(String orderNo, String refundNo, String amount) {
        return "{\"type\":\"REFUND\",\"orderNo\":\"" + orderNo + "\",\"refundNo\":\"" + refundNo + "\","
                + "\"occurredAt\":\"" + refundedAt + "\",\"lines\":[{\"lineNo\":\"1\",\"amount\":\"" + amount + "\"}]}";
    }

    /** The order's ledger entries in the order they were written: role and amount. */
    private List<String> entries(String orderNo) {
        return jdbc.queryForList("SELECT e.ROLE, e.AMOUNT FROM GC_COMMISSION_ENTRY e JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ?"
                + " ORDER BY e.ENTRY_ID", tmall.getCode(), orderNo).stream()
                .map(row -> row.get("ROLE") + " " + ((BigDecimal) row.get("AMOUNT")).setScale(2).toPlainString())
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(MockHttpServletResponse response) throws Exception {
        return JSON.readValue(response.getContentAsByteArray(), Map.class);
    }
}
