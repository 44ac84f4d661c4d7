package com.guidecommerce.demo.data;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

/**
 * Members in every tier, each earned the way a real member earns it — by buying in the brand's channels, through the
 * order stream, so the spend, the tier history and the points are the plugin's own: {@code gold@example.com} (金卡:
 * a Tmall order and a till purchase, ¥5,560 in all), {@code regular@example.com} (普通会员: one small till purchase).
 * The demo shopper is 银卡 by the history of {@link DemoCommissionHistory}; {@code birthday@example.com} has bought
 * nothing and is 新客.
 */
public class DemoMembers {

    static final String GOLD_MEMBER = "gold@example.com";
    static final String REGULAR_MEMBER = "regular@example.com";
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @Resource(name = "demoOrganisationData")
    protected DemoOrganisationData organisationData;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcChannelIngestService")
    protected ChannelIngestService ingestService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    public void load() {
        long today = SystemTime.asMillis();
        try {
            SystemTime.setGlobalTimeSource(new FixedTimeSource(today - 90 * DAY));
            Customer gold = member(GOLD_MEMBER, "金卡会员", "G0009");
            Customer regular = member(REGULAR_MEMBER, "普通会员", "G0011");

            SystemTime.setGlobalTimeSource(new FixedTimeSource(today - 45 * DAY));
            ingest("TMALL", paid("TM-DEMO-GOLD-1", gold, null, today - 45 * DAY,
                    new EventLine("1", "cashmere-coat", null, null, "羊绒大衣", 1, new BigDecimal("2399.00")),
                    new EventLine("2", "wool-trousers", null, null, "羊毛阔腿裤", 1, new BigDecimal("1281.00"))));

            SystemTime.setGlobalTimeSource(new FixedTimeSource(today - 20 * DAY));
            ingest("POS", paid("POS-SZ002-GOLD-1", gold, "SZ002", today - 20 * DAY,
                    new EventLine("1", "linen-dress", null, null, "亚麻收腰中长连衣裙", 2, new BigDecimal("1198.00")),
                    new EventLine("2", "silk-scarf", null, null, "真丝方巾", 2, new BigDecimal("682.00"))));

            SystemTime.setGlobalTimeSource(new FixedTimeSource(today - 10 * DAY));
            ingest("POS", paid("POS-GZ001-REGULAR-1", regular, "GZ001", today - 10 * DAY,
                    new EventLine("1", "cotton-tee", null, null, "纯棉T恤", 1, new BigDecimal("259.00"))));
        } finally {
            SystemTime.resetGlobalTimeSource();
        }
    }

    private Customer member(String username, String name, String guideCode) {
        Customer customer = new TransactionTemplate(transactionManager)
                .execute(status -> organisationData.account(username, name));
        bindingService.bind(customer, organisationService.findGuideByCode(guideCode), BindingSource.STORE_QR, "demo",
                BindingReasons.STORE_QR);
        return customer;
    }

    private static ChannelEvent paid(String orderNo, Customer member, String storeCode, long at, EventLine... lines) {
        ChannelEvent.Builder paid = ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(new Date(at))
                .memberNo(String.valueOf(member.getId()));
        if (storeCode != null) {
            paid.storeCode(storeCode);
        }
        for (EventLine line : lines) {
            paid.line(line);
        }
        return paid.build();
    }

    /** The order paid, then completed the same day (its return window has long passed). */
    private void ingest(String channelCode, ChannelEvent paid) {
        ChannelEvent completed = ChannelEvent.builder(EventType.ORDER_COMPLETED, paid.getOrderNo())
                .occurredAt(paid.getOccurredAt()).build();
        Channel channel = channelService.findByCode(channelCode);
        List<IngestResult> results = ingestService.ingestEvents(channel, IngestSource.CSV, Arrays.asList(paid, completed));
        for (IngestResult result : results) {
            if (result.getStatus() != IngestResult.Status.ACCEPTED) {
                throw new IllegalStateException("Demo member order " + paid.getOrderNo() + " was not accepted: "
                        + result.describeErrors());
            }
        }
    }
}
