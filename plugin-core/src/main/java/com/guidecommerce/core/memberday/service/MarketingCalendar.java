package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.service.MemberTierService;
import com.guidecommerce.core.memberday.rule.CalendarBenefit;
import com.guidecommerce.core.memberday.rule.CalendarCampaign;
import com.guidecommerce.core.memberday.rule.CalendarConflict;
import com.guidecommerce.core.memberday.rule.CalendarConflicts;
import com.guidecommerce.core.memberday.rule.CalendarDays;
import com.guidecommerce.core.memberday.rule.CalendarOffer;
import com.guidecommerce.core.memberday.rule.CampaignRules;
import com.guidecommerce.core.memberday.rule.MemberDaySchedule;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The marketing calendar (营销日历): for the own mall or one store, in that store's zone, the member-day campaigns of
 * each day of a week or a month with their tiers' benefits, the other Broadleaf offers on that day (read through
 * OfferService, never the campaigns' own), and the conflicts {@link CalendarConflicts} finds. Read-only.
 * Bean {@code gcMarketingCalendar}.
 */
public class MarketingCalendar {

    /** The seeded ladder's codes, lowest first: what the calendar shows while no tier is defined. */
    static final List<String> STANDARD_TIERS = Arrays.asList("NEW", "REGULAR", "SILVER", "GOLD");

    private final MemberDayService memberDayService;
    private final OfferService offerService;
    private final OrganisationService organisationService;
    private final ChannelService channelService;
    private final StoreTimeZones timeZones;
    private final MemberTierService memberTiers;

    public MarketingCalendar(MemberDayService memberDayService, OfferService offerService,
                             OrganisationService organisationService, ChannelService channelService,
                             StoreTimeZones timeZones, MemberTierService memberTiers) {
        this.memberTiers = memberTiers;
        this.memberDayService = memberDayService;
        this.offerService = offerService;
        this.organisationService = organisationService;
        this.channelService = channelService;
        this.timeZones = timeZones;
    }

    /** The store's zone; the own mall's ({@code gc.default.timezone}) for none. */
    public ZoneId zoneOf(String storeCode) {
        return storeCode == null ? memberDayService.mallZone() : timeZones.ofStoreCode(storeCode);
    }

    /** Today in the store's zone, by Broadleaf's clock. */
    public LocalDate today(String storeCode) {
        return CalendarDays.today(SystemTime.asDate().toInstant(), zoneOf(storeCode));
    }

    /** Monday to Sunday of the week the day is in. */
    public CalendarView week(String storeCode, LocalDate anyDay) {
        return view(storeCode, CalendarDays.week(anyDay));
    }

    /** Every day of the month. */
    public CalendarView month(String storeCode, YearMonth month) {
        return view(storeCode, CalendarDays.month(month));
    }

    /**
     * The member tiers the calendar and the preview show, lowest first: the member tier ladder (the seeded codes while
     * none is defined), then any other tier code a campaign's benefit names.
     */
    public List<String> tierCodes() {
        List<String> codes = new ArrayList<String>();
        for (MemberTier tier : memberTiers.findTiers()) {
            codes.add(tier.getCode());
        }
        if (codes.isEmpty()) {
            codes.addAll(STANDARD_TIERS);
        }
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            for (MemberDayBenefit benefit : memberDayService.benefitsOf(campaign.getId())) {
                if (!codes.contains(benefit.getTierCode())) {
                    codes.add(benefit.getTierCode());
                }
            }
        }
        return codes;
    }

    /** The campaigns on the day for the store (the own mall for none), as the calendar reads them. */
    public List<CalendarCampaign> campaignsOn(String storeCode, LocalDate day) {
        List<CalendarCampaign> on = new ArrayList<CalendarCampaign>();
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            if (inScope(campaign, storeCode) && CampaignSchedules.of(campaign).contains(day)) {
                on.add(read(campaign));
            }
        }
        return on;
    }

    private CalendarView view(String storeCode, List<LocalDate> days) {
        List<MemberDayCampaign> campaigns = memberDayService.findCampaigns();
        Map<MemberDayCampaign, CalendarCampaign> read = new LinkedHashMap<MemberDayCampaign, CalendarCampaign>();
        Map<MemberDayCampaign, MemberDaySchedule> schedules = new LinkedHashMap<MemberDayCampaign, MemberDaySchedule>();
        for (MemberDayCampaign campaign : campaigns) {
            read.put(campaign, read(campaign));
            schedules.put(campaign, CampaignSchedules.of(campaign));
        }
        List<String> tiers = tierCodes();
        List<Offer> otherOffers = otherOffers(campaigns);
        LocalDate today = today(storeCode);
        List<CalendarDay> calendarDays = new ArrayList<CalendarDay>();
        for (LocalDate day : days) {
            List<CalendarCampaign> on = new ArrayList<CalendarCampaign>();
            for (MemberDayCampaign campaign : campaigns) {
                if (inScope(campaign, storeCode) && schedules.get(campaign).contains(day)) {
                    on.add(read.get(campaign));
                }
            }
            List<CalendarOffer> offers = new ArrayList<CalendarOffer>();
            for (Offer offer : otherOffers) {
                if (CalendarDays.covers(wallClock(offer.getStartDate()), wallClock(offer.getEndDate()), day)) {
                    offers.add(read(offer));
                }
            }
            calendarDays.add(new CalendarDay(day, day.equals(today), on, offers,
                    CalendarConflicts.ofDay(day, on, offers, tiers)));
        }
        Set<String> openStores = new HashSet<String>();
        for (Store store : organisationService.findActiveStores()) {
            openStores.add(store.getCode());
        }
        Set<String> channels = new HashSet<String>();
        channels.add(Channel.OWN_MALL);
        for (Channel channel : channelService.findAll()) {
            channels.add(channel.getCode());
        }
        List<CalendarConflict> scope = new ArrayList<CalendarConflict>();
        for (CalendarCampaign campaign : read.values()) {
            scope.addAll(CalendarConflicts.ofCampaign(campaign, openStores, channels));
        }
        return new CalendarView(storeCode, zoneOf(storeCode), tiers, calendarDays, scope);
    }

    /** Offers that are not archived and are not a campaign's own. */
    private List<Offer> otherOffers(List<MemberDayCampaign> campaigns) {
        List<Offer> all = offerService.getOfferDao().readAllOffers();
        List<Long> ids = new ArrayList<Long>();
        for (Offer offer : all) {
            ids.add(offer.getId());
        }
        Set<Long> campaignOffers = ids.isEmpty() ? new HashSet<Long>()
                : new HashSet<Long>(memberDayService.benefitsOfOffers(ids).keySet());
        for (MemberDayCampaign campaign : campaigns) {
            for (MemberDayBenefit benefit : memberDayService.benefitsOf(campaign.getId())) {
                campaignOffers.add(benefit.getOfferId());
            }
        }
        List<Offer> others = new ArrayList<Offer>();
        for (Offer offer : all) {
            boolean archived = offer.getArchived() != null && 'Y' == offer.getArchived();
            if (!archived && !campaignOffers.contains(offer.getId())) {
                others.add(offer);
            }
        }
        return others;
    }

    private CalendarCampaign read(MemberDayCampaign campaign) {
        List<CalendarBenefit> benefits = new ArrayList<CalendarBenefit>();
        for (MemberDayBenefit benefit : memberDayService.benefitsOf(campaign.getId())) {
            benefits.add(new CalendarBenefit(benefit.getTierCode(),
                    benefit.getDiscountType() == null ? null : benefit.getDiscountType().getType(),
                    benefit.getDiscountValue(), benefit.getPointsMultiplier()));
        }
        return new CalendarCampaign(campaign.getId(), campaign.getName(), CampaignRules.codes(campaign.getStores()),
                CampaignRules.codes(campaign.getChannels()), benefits);
    }

    private static CalendarOffer read(Offer offer) {
        return new CalendarOffer(offer.getId(), offer.getName(),
                offer.getType() == null ? null : offer.getType().getType(),
                offer.getDiscountType() == null ? null : offer.getDiscountType().getType(), offer.getValue(),
                offer.getDeliveryType() == null ? null : offer.getDeliveryType().getType(),
                offer.isCombinableWithOtherOffers(),
                offer.getOfferMatchRules().containsKey(OfferRuleType.TIME.getType()));
    }

    /** The own mall: campaigns whose channel scope takes the mall and whose store scope is empty; a store: its scope. */
    private static boolean inScope(MemberDayCampaign campaign, String storeCode) {
        if (storeCode == null) {
            return CampaignSchedules.covers(campaign, Channel.OWN_MALL, null);
        }
        List<String> stores = CampaignRules.codes(campaign.getStores());
        return stores.isEmpty() || stores.contains(storeCode);
    }

    /** Broadleaf keeps offer dates as wall-clock times of the JVM's zone, applied in the offer time zone. */
    private static LocalDateTime wallClock(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
