package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.membertag.rule.TagTerms;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders from several channels through the real ingest tag members as the scenario says (amounts chosen from the
 * configured thresholds); the daily job then moves the time-bound tags, every change in the history.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberTagsFromChannelsTest {

    private static final long HOUR = TimeUnit.HOURS.toMillis(1);
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcMemberTagTerms")
    TagTerms terms;

    @Resource(name = "gcMemberTagService")
    MemberTagService service;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcIdentityService")
    IdentityService identityService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Test
    void shouldTagMembersFromTheirOrdersInEveryChannelAndMoveTimeBoundTagsDaily() {
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        CommissionFixtures commission = new CommissionFixtures(context);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        MemberTagFixtures tags = new MemberTagFixtures(context);
        Channel tmall = commission.channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Channel pos = commission.channel("PS", CommissionStart.PAID, 0, "ps-secret");
        Channel mall = orders.ownMall();
        BigDecimal mid = terms.getSpendMid();
        String suffix = "-" + clock.start();

        // A: two Tmall orders adding up to the mid band, nothing else.
        Customer onlyTmall = organisation.member();
        clock.at(0);
        orders.paid(tmall, onlyTmall, "TA1" + suffix, mid.subtract(new BigDecimal("100")).toPlainString());
        clock.at(HOUR);
        orders.paid(tmall, onlyTmall, "TA2" + suffix, "200");
        // B: one order in each of three channels, one of them refunded so far that refunds reach the threshold.
        Customer refunder = organisation.member();
        orders.paid(tmall, refunder, "TB1" + suffix, "100");
        orders.paid(pos, refunder, "TB2" + suffix, "100");
        orders.paid(mall, refunder, "TB3" + suffix, "100");
        BigDecimal refund = terms.getHighRefundPercent().multiply(new BigDecimal("3"));
        orders.refunded(pos, "TB2" + suffix, refund.toPlainString());
        // C: one own-mall order on a member day of the own mall.
        Customer memberDayBuyer = organisation.member();
        LocalDate today = clock.at(2 * HOUR).toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        Long campaign = tags.memberDayEvery(today, Channel.OWN_MALL);
        try {
            orders.paid(mall, memberDayBuyer, "TC1" + suffix, "50");
        } finally {
            tags.deleteCampaign(campaign);
        }

        assertEquals(Arrays.asList("NEW_MEMBER", "REPEAT_BUYER", "PLATFORM_ONLY=" + tmall.getCode(),
                "SPEND_BAND=MID"), tags.tags(onlyTmall));
        assertEquals(Arrays.asList("NEW_MEMBER", "REPEAT_BUYER", "HIGH_REFUND", "SPEND_BAND=LOW"),
                tags.tags(refunder));
        assertEquals(Arrays.asList("NEW_MEMBER", "FIRST_PURCHASE", "MEMBER_DAY_BUYER", "SPEND_BAND=LOW"),
                tags.tags(memberDayBuyer));
        Map<String, Object> facts = tags.facts(refunder);
        assertEquals(3, ((Number) facts.get("PAID_ORDERS")).intValue());
        assertEquals(0, new BigDecimal("300").compareTo((BigDecimal) facts.get("PAID_AMOUNT")));
        assertEquals(0, refund.compareTo((BigDecimal) facts.get("REFUNDED_AMOUNT")));
        assertEquals(1, ((Number) tags.facts(memberDayBuyer).get("MEMBER_DAY_ORDERS")).intValue());
        assertTrue(service.hasTag(onlyTmall.getId(), TagCode.SPEND_BAND, "MID"));
        assertTrue(service.hasTag(onlyTmall.getId(), TagCode.PLATFORM_ONLY, null));

        // Past the dormant days (and so past new member, first purchase and repeat windows), the job retags.
        int dormantDays = Math.max(terms.getDormantDays(), Math.max(terms.getNewMemberDays(),
                Math.max(terms.getRepeatWindowDays(), terms.getMemberDayWindowDays()))) + 1;
        clock.at(dormantDays * DAY);
        service.retagEveryone();

        List<String> dormantTmall = terms.getSpendWindowDays() >= dormantDays
                ? Arrays.asList("DORMANT", "PLATFORM_ONLY=" + tmall.getCode(), "SPEND_BAND=MID")
                : Arrays.asList("DORMANT", "PLATFORM_ONLY=" + tmall.getCode());
        assertEquals(dormantTmall, tags.tags(onlyTmall));
        List<String> history = tags.history(onlyTmall);
        assertTrue(history.contains("REMOVED NEW_MEMBER (JOB)"), history.toString());
        assertTrue(history.contains("REMOVED REPEAT_BUYER (JOB)"), history.toString());
        assertTrue(history.contains("ADDED DORMANT (JOB)"), history.toString());
        assertTrue(history.containsAll(Arrays.asList("ADDED FIRST_PURCHASE (ORDERS)", "ADDED SPEND_BAND->LOW (ORDERS)",
                "REMOVED FIRST_PURCHASE (ORDERS)", "ADDED REPEAT_BUYER (ORDERS)",
                "CHANGED SPEND_BAND LOW->MID (ORDERS)")), history.toString());
        assertEquals(Collections.emptyList(), tags.history(organisation.member()));
    }

    @Test
    void shouldCountAnOrderOnceItsBuyerIsIdentifiedWithWhatWasRefundedByThen() {
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        Channel tmall = new CommissionFixtures(context).channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Customer member = new OrganisationFixtures(context).member();
        MemberTagFixtures tags = new MemberTagFixtures(context);
        String orderNo = "TI-" + clock.start();
        clock.at(0);
        IngestResult paid = ingestService.ingest(tmall, IngestSource.API, ChannelEvent.builder(EventType.ORDER_PAID,
                orderNo).occurredAt(SystemTime.asDate()).buyerId("tb-" + member.getId())
                .line(new EventLine("1", null, null, null, null, 1, new BigDecimal("300.00"))).build());
        assertEquals(IngestResult.Status.ACCEPTED, paid.getStatus(), paid.describeErrors());
        orders.refunded(tmall, orderNo, "100.00");
        assertEquals(Collections.emptyList(), tags.tags(member), "an order without its member tags nobody");

        identityService.identify(jdbc.queryForObject("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER"
                + " WHERE CHANNEL_CODE = ? AND ORDER_NO = ?", Long.class, tmall.getCode(), orderNo), member.getId(),
                "hq");
        orders.refunded(tmall, orderNo, "50.00");

        Map<String, Object> facts = tags.facts(member);
        assertEquals(1, ((Number) facts.get("PAID_ORDERS")).intValue());
        assertEquals(0, new BigDecimal("300").compareTo((BigDecimal) facts.get("PAID_AMOUNT")));
        assertEquals(0, new BigDecimal("150").compareTo((BigDecimal) facts.get("REFUNDED_AMOUNT")));
        assertEquals(Arrays.asList("NEW_MEMBER", "FIRST_PURCHASE", "PLATFORM_ONLY=" + tmall.getCode(),
                "SPEND_BAND=LOW"), tags.tags(member));
    }
}
