package com.guidecommerce.demo.data;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.event.EventWriter;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

/**
 * A little past for the demo's commission ledger: the demo shopper became G0003's member two months ago and bought at
 * the HZ001 till six weeks ago, so that the settlement page has a finished month with settleable commission to
 * generate statements for. The clock is moved back only while this runs, at load time, before the mall serves.
 *
 * <p>And one JD order of the shopper stands as if it had arrived while the database was failing: its delivery is
 * stored FAILED, with the reason, and was never applied, so the admin's Channel import page offers to apply it again.
 */
public class DemoCommissionHistory {

    private static final long DAY = TimeUnit.DAYS.toMillis(1);
    static final String UNAPPLIED_JD_ORDER = "JD-OUTAGE-1";

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcChannelIngestService")
    protected ChannelIngestService ingestService;

    @Resource(name = "gcJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "gcIdBlocks")
    protected IdBlocks ids;

    public void load() {
        long today = SystemTime.asMillis();
        try {
            SystemTime.setGlobalTimeSource(new FixedTimeSource(today - 60 * DAY));
            bindingService.bind(customerService.readCustomerByUsername(DemoOrganisationData.SHOPPER),
                    organisationService.findGuideByCode(DemoOrganisationData.SHOPPER_GUIDE), BindingSource.STORE_QR,
                    "demo", BindingReasons.STORE_QR);
            Date sold = new Date(today - 42 * DAY);
            SystemTime.setGlobalTimeSource(new FixedTimeSource(sold.getTime()));
            String member = String.valueOf(customerService.readCustomerByUsername(DemoOrganisationData.SHOPPER).getId());
            ChannelEvent paid = ChannelEvent.builder(EventType.ORDER_PAID, "POS-HZ001-HISTORY-1").occurredAt(sold)
                    .memberNo(member).storeCode("HZ001")
                    .line(new EventLine("1", "cashmere-coat", null, null, "羊绒大衣", 1, new BigDecimal("2399.00")))
                    .line(new EventLine("2", "silk-scarf", null, null, "真丝方巾", 2, new BigDecimal("598.00")))
                    .build();
            ChannelEvent completed = ChannelEvent.builder(EventType.ORDER_COMPLETED, "POS-HZ001-HISTORY-1")
                    .occurredAt(sold).build();
            Channel pos = channelService.findByCode("POS");
            List<IngestResult> results = ingestService.ingestEvents(pos, IngestSource.CSV, Arrays.asList(paid, completed));
            for (IngestResult result : results) {
                if (result.getStatus() != IngestResult.Status.ACCEPTED) {
                    throw new IllegalStateException("Demo POS history was not accepted: " + result.describeErrors());
                }
            }
        } finally {
            SystemTime.resetGlobalTimeSource();
        }
        storeUnappliedDelivery(today);
    }

    /** What the pipeline keeps of a delivery that failed: the raw delivery and why, not applied. */
    private void storeUnappliedDelivery(long today) {
        String member = String.valueOf(customerService.readCustomerByUsername(DemoOrganisationData.SHOPPER).getId());
        ChannelEvent paid = ChannelEvent.builder(EventType.ORDER_PAID, UNAPPLIED_JD_ORDER)
                .occurredAt(new Date(today - DAY)).memberNo(member)
                .line(new EventLine("1", "wool-sweater", null, null, "羊毛衫", 1, new BigDecimal("899.00")))
                .build();
        jdbc.update("INSERT INTO GC_CHANNEL_EVENT (EVENT_ID, CHANNEL_CODE, SOURCE, RECEIVED_AT, EVENT_KEY, EVENT_TYPE,"
                + " ORDER_NO, STATUS, MESSAGE, PROCESSED_AT, PAYLOAD) VALUES (?, 'JD', 'API', ?, ?, 'ORDER_PAID', ?,"
                + " 'FAILED', ?, ?, ?)", ids.next("GC_CHANNEL_EVENT"), new Timestamp(today - DAY), paid.key(),
                UNAPPLIED_JD_ORDER, Note.of("event.failed", "SQLTransientConnectionException: the database did not"
                + " answer within 30000 ms").format(), new Timestamp(today - DAY), EventWriter.write(paid));
    }
}
