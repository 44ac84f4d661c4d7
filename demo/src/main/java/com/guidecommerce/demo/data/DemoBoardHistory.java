package com.guidecommerce.demo.data;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.board.service.FigureCheck;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

/**
 * A past for the performance boards: over the last {@value #DAYS} days every demo guide binds a few members of their
 * own (through the binding service) who then buy on Tmall and Youzan most days, some of it refunded a few days later
 * (through the channel ingest), so the daily figures come from the same listeners as live ones; the months that have
 * closed are then rolled up. The orders are never completed: their commission stays pending and no settlement
 * statement includes it. The clock is moved back only while this runs, at load time, before the mall serves.
 */
public class DemoBoardHistory {

    static final int DAYS = 95;
    private static final Log LOG = LogFactory.getLog(DemoBoardHistory.class);
    private static final int MEMBERS_PER_GUIDE = 3;
    private static final long DAY = TimeUnit.DAYS.toMillis(1);
    private static final String[] CHANNELS = {"TMALL", "YOUZAN"};
    private static final String[][] PRODUCTS = {{"cashmere-coat", "羊绒大衣", "2399.00"},
        {"silk-scarf", "真丝方巾", "299.00"}, {"wool-sweater", "羊毛衫", "899.00"}, {"leather-bag", "真皮手袋", "1599.00"}};

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

    @Resource(name = "gcFigureCheck")
    protected FigureCheck figureCheck;

    public void load() {
        long started = System.currentTimeMillis();
        long today = SystemTime.asMillis() / DAY * DAY;
        Random random = new Random(20261206L);
        try {
            Map<Customer, Long> boundSince = bindMembers(today, random);
            Map<Integer, Map<String, List<ChannelEvent>>> byDay = new LinkedHashMap<Integer, Map<String,
                    List<ChannelEvent>>>();
            for (int ago = DAYS - 1; ago >= 1; ago--) {
                long day = today - ago * DAY;
                Map<String, List<ChannelEvent>> events = day(byDay, ago);
                for (Map.Entry<Customer, Long> member : boundSince.entrySet()) {
                    if (member.getValue() < day && random.nextInt(4) == 0) {
                        order(byDay, member.getKey(), day, ago, random);
                    }
                }
                SystemTime.setGlobalTimeSource(new FixedTimeSource(day + TimeUnit.HOURS.toMillis(14)));
                for (Map.Entry<String, List<ChannelEvent>> channel : events.entrySet()) {
                    ingest(channelService.findByCode(channel.getKey()), channel.getValue());
                }
            }
        } finally {
            SystemTime.resetGlobalTimeSource();
        }
        figureCheck.rollUpClosedMonths(SystemTime.asDate());
        LOG.info("Demo board history loaded in " + (System.currentTimeMillis() - started) + " ms");
    }

    /** Each guide's history members, bound on days spread over the period; when each was bound. */
    private Map<Customer, Long> bindMembers(long today, Random random) {
        Map<Customer, Long> boundSince = new LinkedHashMap<Customer, Long>();
        for (int g = 1; g <= 12; g++) {
            Guide guide = organisationService.findGuideByCode(String.format("G%04d", g));
            for (int m = 1; m <= MEMBERS_PER_GUIDE; m++) {
                long at = today - (DAYS - (m - 1) * 25 - random.nextInt(10)) * DAY + TimeUnit.HOURS.toMillis(g);
                Customer member = member(guide.getGuideCode().toLowerCase(Locale.ROOT) + "-member" + m);
                SystemTime.setGlobalTimeSource(new FixedTimeSource(at));
                bindingService.bind(member, guide, m == 2 ? BindingSource.SHARE_LINK : BindingSource.STORE_QR,
                        "demo", null);
                boundSince.put(member, at);
            }
        }
        SystemTime.resetGlobalTimeSource();
        return boundSince;
    }

    private Customer member(String name) {
        Customer customer = customerService.createCustomer();
        customer.setUsername(name + "@members.example.com");
        customer.setEmailAddress(name + "@members.example.com");
        customer.setFirstName(name);
        customer.setLastName("");
        customer.setRegistered(true);
        return customerService.saveCustomer(customer);
    }

    /**
     * One order of the member on the day, and now and then its refund a few days later (if that is past), delivered
     * on the day it happens.
     */
    private void order(Map<Integer, Map<String, List<ChannelEvent>>> byDay, Customer member, long day, int ago,
                       Random random) {
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        String orderNo = channel + "-H" + member.getId() + "-" + ago;
        Date paidAt = new Date(day + TimeUnit.MINUTES.toMillis(60 + random.nextInt(12 * 60)));
        String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        int quantity = 1 + random.nextInt(2);
        BigDecimal amount = new BigDecimal(product[2]).multiply(BigDecimal.valueOf(quantity));
        list(day(byDay, ago), channel).add(ChannelEvent.builder(EventType.ORDER_PAID, orderNo).occurredAt(paidAt)
                .memberNo(String.valueOf(member.getId()))
                .line(new EventLine("1", product[0], null, null, product[1], quantity, amount)).build());
        int refundAfter = 1 + random.nextInt(5);
        if (random.nextInt(6) == 0 && refundAfter < ago) {
            list(day(byDay, ago - refundAfter), channel).add(ChannelEvent.builder(EventType.REFUND, orderNo).refundNo("R1")
                    .occurredAt(new Date(paidAt.getTime() + refundAfter * DAY))
                    .line(EventLine.refund("1", new BigDecimal(product[2]))).build());
        }
    }

    private void ingest(Channel channel, List<ChannelEvent> events) {
        for (IngestResult result : ingestService.ingestEvents(channel, IngestSource.API, events)) {
            if (result.getStatus() != IngestResult.Status.ACCEPTED) {
                throw new IllegalStateException("Demo board history was not accepted: " + result.describeErrors());
            }
        }
    }

    private static Map<String, List<ChannelEvent>> day(Map<Integer, Map<String, List<ChannelEvent>>> byDay, int ago) {
        Map<String, List<ChannelEvent>> events = byDay.get(ago);
        if (events == null) {
            events = new LinkedHashMap<String, List<ChannelEvent>>();
            byDay.put(ago, events);
        }
        return events;
    }

    private static List<ChannelEvent> list(Map<String, List<ChannelEvent>> events, String channel) {
        List<ChannelEvent> list = events.get(channel);
        if (list == null) {
            list = new ArrayList<ChannelEvent>();
            events.put(channel, list);
        }
        return list;
    }
}
