package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.IdentityService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.membertier.rule.MemberTierError;
import com.guidecommerce.core.membertier.rule.MemberTierException;
import com.guidecommerce.core.membertier.rule.MemberTierProgress;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.processor.OrderOfferProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real deliveries from two channels through the ingest lift a member across tier thresholds at once (state, history,
 * the customer attribute an offer rule reads); a refund that drops the spend below a threshold changes nothing until
 * the period is evaluated, which moves the member down once.
 */
@ExtendWith(BroadleafContextExtension.class)
class MemberTierFromChannelsTest {

    private static final ZoneId HQ = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcMemberTierService")
    MemberTierService service;

    @Resource(name = "blOrderOfferProcessor")
    OrderOfferProcessor offerProcessor;

    @Resource(name = "gcChannelIngestService")
    ChannelIngestService ingestService;

    @Resource(name = "gcIdentityService")
    IdentityService identityService;

    @Resource(name = "gcJdbcTemplate")
    JdbcTemplate jdbc;

    @Test
    void shouldLiftAMemberAcrossThresholdsWithOrdersFromTwoChannels() {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        CommissionFixtures commission = new CommissionFixtures(context);
        Channel tmall = commission.channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Channel pos = commission.channel("PS", CommissionStart.PAID, 0, "ps-secret");
        Customer member = new OrganisationFixtures(context).member();
        clock.at(0);
        BroadleafRequestContext threadsContext = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext.setBroadleafRequestContext(null);
        try {
            orders.paid(tmall, member, "MT-T1", "3000.00");
            assertNull(BroadleafRequestContext.getBroadleafRequestContext(), "the thread is left as it was");
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(threadsContext);
        }
        assertEquals("SILVER", tiers.stateTier(member));
        assertFalse(goldRuleMatches(member), "a SILVER member does not get the GOLD offer");

        orders.paid(pos, member, "MT-P1", "2500.00");

        assertEquals("GOLD", tiers.stateTier(member));
        assertEquals(new BigDecimal("5500.00"), tiers.storedSpend(member));
        assertEquals(Arrays.asList("UPGRADE NEW->SILVER", "UPGRADE SILVER->GOLD"), tiers.history(member));
        assertEquals("GOLD", tiers.attribute(member));
        assertTrue(goldRuleMatches(member), "Broadleaf's offer processor keeps the GOLD member-day offer");
        MemberTierProgress progress = service.progressOf(member.getId());
        assertEquals("GOLD", progress.getTier().getCode());
        assertEquals(new BigDecimal("5500.00"), progress.getSpend());
        assertTrue(progress.isTop());
    }

    @Test
    void shouldNotDowngradeOnARefundUntilThePeriodIsEvaluatedAndThenOnce() {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        CommissionFixtures commission = new CommissionFixtures(context);
        Channel tmall = commission.channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Channel pos = commission.channel("PS", CommissionStart.PAID, 0, "ps-secret");
        Customer member = new OrganisationFixtures(context).member();
        clock.at(0);
        orders.paid(tmall, member, "MR-T1", "3000.00");
        orders.paid(pos, member, "MR-P1", "2500.00");
        TierPeriod period = service.currentPeriod();

        clock.at(3_600_000L);
        orders.refunded(pos, "MR-P1", "1000.00");

        assertEquals(new BigDecimal("4500.00"), tiers.storedSpend(member));
        assertEquals("GOLD", tiers.stateTier(member), "a refund never moves a member down by itself");
        assertEquals("GOLD", tiers.attribute(member));
        assertEquals(new BigDecimal("4500.00"), service.spendOf(member.getId()));
        assertEquals(MemberTierError.PERIOD_NOT_ENDED, assertThrows(MemberTierException.class,
                () -> service.evaluate(period, "hq")).getError());

        atHq(period.getLastDay().plusDays(1).atTime(1, 0).atZone(HQ).toInstant());
        assertTrue(service.preview(period).toString().contains(member.getId() + ": GOLD -> SILVER"));
        MemberTierEvaluationResult first = service.evaluate(period, "hq");
        MemberTierEvaluationResult second = service.evaluate(period, "hq");

        assertTrue(first.isApplied());
        assertFalse(second.isApplied());
        assertEquals("SILVER", tiers.stateTier(member));
        assertEquals("SILVER", tiers.attribute(member));
        assertFalse(goldRuleMatches(member));
        assertEquals(Arrays.asList("UPGRADE NEW->SILVER", "UPGRADE SILVER->GOLD", "EVALUATION GOLD->SILVER"),
                tiers.history(member));
        assertEquals(1, tiers.historyRows(member, MemberTierChangeCause.EVALUATION));
    }

    @Test
    void shouldCountAnOrderOnlyOnceItsBuyerIsIdentifiedAndThenLessItsRefunds() {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        ChannelOrderFixtures orders = new ChannelOrderFixtures(context);
        Channel tmall = new CommissionFixtures(context).channel("TM", CommissionStart.COMPLETED, 7, "tm-secret");
        Customer member = new OrganisationFixtures(context).member();
        clock.at(0);
        ingest(tmall, ChannelEvent.builder(EventType.ORDER_PAID, "MI-T1").occurredAt(SystemTime.asDate())
                .buyerId("tb-" + member.getId()).line(new EventLine("1", null, null, null, null, 1,
                        new BigDecimal("2600.00"))).build());
        orders.refunded(tmall, "MI-T1", "400.00");
        assertEquals(new BigDecimal("0.00"), tiers.storedSpend(member), "an order without its member counts nothing");

        identityService.identify(jdbc.queryForObject("SELECT CHANNEL_ORDER_ID FROM GC_CHANNEL_ORDER"
                + " WHERE CHANNEL_CODE = ? AND ORDER_NO = ?", Long.class, tmall.getCode(), "MI-T1"), member.getId(),
                "hq");

        assertEquals(new BigDecimal("2200.00"), tiers.storedSpend(member));
        assertEquals("SILVER", tiers.stateTier(member));
        assertEquals("SILVER", tiers.attribute(member));
    }

    @Test
    void shouldLetHqOverrideATierWithAReasonKeptInTheHistory() {
        MemberTierFixtures tiers = new MemberTierFixtures(context);
        Customer member = new OrganisationFixtures(context).member();

        assertEquals(MemberTierError.REASON_REQUIRED, assertThrows(MemberTierException.class,
                () -> service.override(member.getId(), "GOLD", " ", "hq")).getError());
        service.override(member.getId(), "GOLD", "Brand ambassador", "hq-admin");

        assertEquals("GOLD", tiers.stateTier(member));
        assertEquals("GOLD", service.tierCodeOf(member.getId()));
        assertEquals("GOLD", tiers.attribute(member));
        assertEquals(Arrays.asList("OVERRIDE NEW->GOLD"), tiers.history(member));
        assertEquals("Brand ambassador", service.history(member.getId(), 1).get(0).getReason());
    }

    private boolean goldRuleMatches(Customer member) {
        List<Offer> offers = new ArrayList<Offer>(Collections.singletonList(MemberDayOfferFixture.forTier("GOLD")));
        return new MemberTierFixtures(context).withCustomer(member,
                customer -> !offerProcessor.filterOffers(offers, customer).isEmpty());
    }

    private void ingest(Channel channel, ChannelEvent event) {
        IngestResult result = ingestService.ingest(channel, IngestSource.API, event);
        assertEquals(IngestResult.Status.ACCEPTED, result.getStatus(), result.describeErrors());
    }

    private void atHq(Instant moment) {
        clock.at(moment.toEpochMilli() - clock.start());
    }
}
