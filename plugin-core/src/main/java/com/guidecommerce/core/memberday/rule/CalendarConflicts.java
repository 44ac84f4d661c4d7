package com.guidecommerce.core.memberday.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds what HQ should look at in a marketing calendar. On a day, for each tier: two campaigns discounting it (every
 * campaign's offer combines with others, so both apply), a campaign discount next to another automatic order or item
 * offer that combines (both apply) or that does not (Broadleaf keeps only the better: a lesser notice). For a
 * campaign: a store scope naming stores that do not exist or are closed, a channel scope naming unknown channels, or
 * benefits that give nothing. Another offer is taken to reach every tier; a customer rule it may have is not read.
 */
public final class CalendarConflicts {

    private CalendarConflicts() {
    }

    /** The stacking conflicts and overlaps of one day, tier by tier in the order given. */
    public static List<CalendarConflict> ofDay(LocalDate day, List<CalendarCampaign> campaigns,
                                               List<CalendarOffer> offers, List<String> tierCodes) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (String tier : tierCodes) {
            List<CalendarCampaign> discounting = new ArrayList<CalendarCampaign>();
            for (CalendarCampaign campaign : campaigns) {
                CalendarBenefit benefit = campaign.benefitFor(tier);
                if (benefit != null && benefit.hasDiscount()) {
                    discounting.add(campaign);
                }
            }
            for (int i = 0; i < discounting.size(); i++) {
                for (int j = i + 1; j < discounting.size(); j++) {
                    found.add(new CalendarConflict(CalendarConflict.Kind.TWO_CAMPAIGNS_STACK, day, tier,
                            discounting.get(i).getName(), discounting.get(j).getName()));
                }
            }
            for (CalendarCampaign campaign : discounting) {
                for (CalendarOffer offer : offers) {
                    if (!offer.isAutomatic() || !offer.discountsGoods()) {
                        continue;
                    }
                    found.add(new CalendarConflict(offer.isCombinable() ? CalendarConflict.Kind.OFFER_STACKS
                            : CalendarConflict.Kind.OFFER_OVERLAPS, day, tier, campaign.getName(), offer.getName()));
                }
            }
        }
        return found;
    }

    /**
     * A campaign's problems of scope.
     *
     * @param openStores the codes of the stores that exist and are open
     * @param channels the known channel codes
     */
    public static List<CalendarConflict> ofCampaign(CalendarCampaign campaign, Collection<String> openStores,
                                                    Collection<String> channels) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        List<String> unknownStores = missing(campaign.getStores(), openStores);
        if (!unknownStores.isEmpty()) {
            found.add(new CalendarConflict(CalendarConflict.Kind.UNKNOWN_STORES, null, null, campaign.getName(),
                    String.join(", ", unknownStores)));
        }
        List<String> unknownChannels = missing(campaign.getChannels(), channels);
        if (!unknownChannels.isEmpty()) {
            found.add(new CalendarConflict(CalendarConflict.Kind.UNKNOWN_CHANNELS, null, null, campaign.getName(),
                    String.join(", ", unknownChannels)));
        }
        if (!campaign.givesAnything()) {
            found.add(new CalendarConflict(CalendarConflict.Kind.GIVES_NOTHING, null, null, campaign.getName(), null));
        }
        return found;
    }

    /** Codes are compared exactly, as the campaign's scope check does. */
    private static List<String> missing(List<String> named, Collection<String> known) {
        List<String> missing = new ArrayList<String>();
        for (String code : named) {
            if (!known.contains(code)) {
                missing.add(code);
            }
        }
        return missing;
    }
}
