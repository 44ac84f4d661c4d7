package com.guidecommerce.core.board.service;

import com.guidecommerce.core.binding.service.BindingHistories;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.board.rule.FigurePlace;
import com.guidecommerce.core.board.rule.FigureRules;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.channel.service.OrderRefund;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.organisation.service.Placement;
import com.guidecommerce.core.organisation.service.OrganisationService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads in bulk, through the owning features' services, what {@link FigureRules} need for a set of facts: members'
 * binding histories, where guides work (and their stores' zones), and the refunds of orders identified now.
 * Bean {@code gcFigureLookups}.
 */
public class FigureLookups {

    private final BindingService bindings;
    private final OrganisationService organisation;
    private final ChannelOrderService channelOrders;
    private final StoreTimeZones zones;

    public FigureLookups(BindingService bindings, OrganisationService organisation, ChannelOrderService channelOrders,
                         StoreTimeZones zones) {
        this.bindings = bindings;
        this.organisation = organisation;
        this.channelOrders = channelOrders;
        this.zones = zones;
    }

    /**
     * @param moments          members and the moments whose bound guide the facts credit
     * @param guideIds         guides the facts name directly (bindings, ledger entries)
     * @param identifiedOrders orders identified now, whose refunds so far count with them
     */
    public FigureRules.Lookup read(Map<Long, List<Date>> moments, Collection<Long> guideIds,
                                   Collection<Long> identifiedOrders) {
        BindingHistories histories = moments.isEmpty() ? new BindingHistories(
                Collections.<Long, List<BindingHistories.Change>>emptyMap()) : bindings.findHistories(moments.keySet());
        Set<Long> guides = new HashSet<Long>(guideIds);
        for (Map.Entry<Long, List<Date>> member : moments.entrySet()) {
            for (Date at : member.getValue()) {
                BindingHistories.BoundGuide bound = histories.at(member.getKey(), at);
                if (bound != null) {
                    guides.add(bound.getGuideId());
                }
            }
        }
        Map<Long, FigurePlace> places = new HashMap<Long, FigurePlace>();
        for (Placement place : organisation.findGuidePlaces(guides).values()) {
            places.put(place.getId(), new FigurePlace(place, zones.zoneOf(place.getTimeZoneId())));
        }
        Map<Long, List<OrderRefund>> refunds = new HashMap<Long, List<OrderRefund>>();
        for (OrderRefund refund : channelOrders.findRefundsOf(identifiedOrders)) {
            if (!refunds.containsKey(refund.getOrderId())) {
                refunds.put(refund.getOrderId(), new ArrayList<OrderRefund>());
            }
            refunds.get(refund.getOrderId()).add(refund);
        }
        return new Found(histories, places, refunds);
    }

    /** Adds a member's moment to {@code moments}. */
    public static void addMoment(Map<Long, List<Date>> moments, Long customerId, Date at) {
        List<Date> list = moments.get(customerId);
        if (list == null) {
            list = new ArrayList<Date>();
            moments.put(customerId, list);
        }
        list.add(at);
    }

    private static final class Found implements FigureRules.Lookup {

        private final BindingHistories histories;
        private final Map<Long, FigurePlace> places;
        private final Map<Long, List<OrderRefund>> refunds;

        Found(BindingHistories histories, Map<Long, FigurePlace> places, Map<Long, List<OrderRefund>> refunds) {
            this.histories = histories;
            this.places = places;
            this.refunds = refunds;
        }

        @Override
        public FigurePlace creditedAt(Long customerId, Date at) {
            BindingHistories.BoundGuide bound = histories.at(customerId, at);
            return bound == null ? null : places.get(bound.getGuideId());
        }

        @Override
        public FigurePlace placeOf(Long guideId) {
            return places.get(guideId);
        }

        @Override
        public List<OrderRefund> refundsOf(Long orderId) {
            List<OrderRefund> found = refunds.get(orderId);
            return found == null ? Collections.<OrderRefund>emptyList() : found;
        }
    }
}
