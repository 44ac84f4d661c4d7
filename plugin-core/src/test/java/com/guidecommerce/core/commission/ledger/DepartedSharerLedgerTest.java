package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.departure.service.DepartureRequest;
import com.guidecommerce.core.departure.service.DepartureService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.ChannelOrderFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A departed guide's share code credits no one: orders through it, paid after the departure, reach the ledger
 * through the real pipeline and pay the bound guide and the franchisee, never the departed sharer.
 */
@ExtendWith(BroadleafContextExtension.class)
class DepartedSharerLedgerTest {

    private static final long MINUTE = 60_000L;

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDepartureService")
    DepartureService departureService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    ChannelOrderFixtures orders;
    JdbcTemplate jdbc;
    Channel channel;
    Guide sharer;
    Customer member;

    @BeforeEach
    void setUp() {
        clock.at(0);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        CommissionFixtures commission = new CommissionFixtures(context);
        commission.demoPlanInForce();
        jdbc = commission.jdbc();
        channel = commission.channel("DS", CommissionStart.PAID, 7, "ds-secret");
        orders = new ChannelOrderFixtures(context);
        Store store = organisation.franchisedStore();
        Guide manager = organisation.guide(store, GuideRole.STORE_MANAGER, GuideStatus.ACTIVE);
        sharer = organisation.guide(store);
        member = organisation.member();
        bindingService.bind(member, manager, BindingSource.STORE_QR, member.getUsername(), null);
    }

    @Test
    void shouldCreditNoSharerForAnOrderThroughADepartedGuidesShareCodePaidAfterTheDeparture() {
        String shareCode = shareCodes.sign(sharer.getGuideCode());
        clock.at(10 * MINUTE);
        orders.paidThroughShare(channel, member, "DS-BEFORE", "100.00", shareCode, clock.at(5 * MINUTE));
        clock.at(20 * MINUTE);
        departureService.execute(sharer, DepartureRequest.toStoreManager(), "hq-admin");

        clock.at(40 * MINUTE);
        orders.paidThroughShare(channel, member, "DS-AFTER", "100.00", shareCode, clock.at(30 * MINUTE));

        assertEquals(Arrays.asList("SHARER", "BOUND_GUIDE", "FRANCHISEE"), roles("DS-BEFORE"));
        assertEquals(Arrays.asList("BOUND_GUIDE", "FRANCHISEE"), roles("DS-AFTER"));
        assertEquals(Arrays.asList(Note.of("attribution.sharerInactive", sharer.getGuideCode())),
                Note.parse(attributionNote("DS-AFTER")));
    }

    private List<String> roles(String orderNo) {
        return jdbc.queryForList("SELECT e.ROLE FROM GC_COMMISSION_ENTRY e JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = e.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ?"
                + " ORDER BY e.ENTRY_ID", String.class, channel.getCode(), orderNo);
    }

    private String attributionNote(String orderNo) {
        return jdbc.queryForObject("SELECT a.NOTE FROM GC_ORDER_ATTRIBUTION a JOIN GC_CHANNEL_ORDER o"
                + " ON o.CHANNEL_ORDER_ID = a.CHANNEL_ORDER_ID WHERE o.CHANNEL_CODE = ? AND o.ORDER_NO = ?",
                String.class, channel.getCode(), orderNo);
    }
}
