package com.guidecommerce.core.memberday.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarConflictsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    private static final List<String> TIERS = Arrays.asList("NEW", "REGULAR", "SILVER", "GOLD");
    private static final List<String> OPEN_STORES = Arrays.asList("HZ001", "SH002");
    private static final List<String> CHANNELS = Arrays.asList("OWN_MALL", "TMALL", "POS");

    @Test
    void shouldFlagTwoCampaignsDiscountingTheSameTierOnTheSameDay() {
        CalendarCampaign wednesdays = campaign("Wednesdays", percent("GOLD", "12"), percent("SILVER", "8"));
        CalendarCampaign fair = campaign("Winter fair", amount("GOLD", "30"), points("SILVER", "2"));

        List<CalendarConflict> found = CalendarConflicts.ofDay(WEDNESDAY, Arrays.asList(wednesdays, fair),
                Collections.<CalendarOffer>emptyList(), TIERS);

        assertEquals(1, found.size(), found.toString());
        CalendarConflict conflict = found.get(0);
        assertEquals(CalendarConflict.Kind.TWO_CAMPAIGNS_STACK, conflict.getKind());
        assertEquals("GOLD", conflict.getTierCode());
        assertEquals(WEDNESDAY, conflict.getDay());
        assertEquals("Wednesdays", conflict.getCampaign());
        assertEquals("Winter fair", conflict.getOther());
        assertFalse(conflict.isLesser());
    }

    @Test
    void shouldFlagACombinableAutomaticOfferStackingOnEachDiscountedTier() {
        CalendarCampaign wednesdays = campaign("Wednesdays", percent("GOLD", "12"), percent("SILVER", "8"),
                points("REGULAR", "1.5"));
        CalendarOffer tenOff = offer("Ten off", "ORDER", "AUTOMATIC", true);

        List<CalendarConflict> found = CalendarConflicts.ofDay(WEDNESDAY, Arrays.asList(wednesdays),
                Arrays.asList(tenOff), TIERS);

        assertEquals(2, found.size(), found.toString());
        assertEquals("SILVER", found.get(0).getTierCode());
        assertEquals("GOLD", found.get(1).getTierCode());
        for (CalendarConflict conflict : found) {
            assertEquals(CalendarConflict.Kind.OFFER_STACKS, conflict.getKind());
            assertEquals("Ten off", conflict.getOther());
            assertFalse(conflict.isLesser());
        }
    }

    @Test
    void shouldOnlyNoteAnOfferThatDoesNotCombineAsBroadleafKeepsTheBetter() {
        CalendarCampaign wednesdays = campaign("Wednesdays", percent("GOLD", "12"));
        CalendarOffer itemSale = offer("Coat sale", "ORDER_ITEM", "AUTOMATIC", false);

        List<CalendarConflict> found = CalendarConflicts.ofDay(WEDNESDAY, Arrays.asList(wednesdays),
                Arrays.asList(itemSale), TIERS);

        assertEquals(1, found.size());
        assertEquals(CalendarConflict.Kind.OFFER_OVERLAPS, found.get(0).getKind());
        assertTrue(found.get(0).isLesser());
    }

    @Test
    void shouldLeaveCodeOffersShippingOffersAndPointsOnlyTiersAlone() {
        CalendarCampaign wednesdays = campaign("Wednesdays", points("GOLD", "3"));
        CalendarCampaign other = campaign("Other", percent("SILVER", "5"));
        List<CalendarOffer> offers = Arrays.asList(offer("Coupon", "ORDER", "CODE", true),
                offer("Free shipping", "FULFILLMENT_GROUP", "AUTOMATIC", true));

        assertTrue(CalendarConflicts.ofDay(WEDNESDAY, Arrays.asList(wednesdays, other), offers, TIERS).isEmpty());
    }

    @Test
    void shouldFlagAStoreScopeNamingUnknownOrClosedStores() {
        CalendarCampaign campaign = new CalendarCampaign(1L, "Hangzhou days", Arrays.asList("HZ001", "HZ999"),
                Collections.<String>emptyList(), Arrays.asList(percent("GOLD", "10")));

        List<CalendarConflict> found = CalendarConflicts.ofCampaign(campaign, OPEN_STORES, CHANNELS);

        assertEquals(1, found.size());
        assertEquals(CalendarConflict.Kind.UNKNOWN_STORES, found.get(0).getKind());
        assertEquals("HZ999", found.get(0).getOther());
        assertEquals(null, found.get(0).getDay());
    }

    @Test
    void shouldFlagAChannelScopeNamingUnknownChannels() {
        CalendarCampaign campaign = new CalendarCampaign(1L, "JD days", Collections.<String>emptyList(),
                Arrays.asList("OWN_MALL", "JD", "KUAISHOU"), Arrays.asList(points("GOLD", "2")));

        List<CalendarConflict> found = CalendarConflicts.ofCampaign(campaign, OPEN_STORES, CHANNELS);

        assertEquals(1, found.size());
        assertEquals(CalendarConflict.Kind.UNKNOWN_CHANNELS, found.get(0).getKind());
        assertEquals("JD, KUAISHOU", found.get(0).getOther());
    }

    @Test
    void shouldFlagACampaignThatPricesNothingAndMultipliesNothing() {
        CalendarCampaign empty = campaign("Empty", points("GOLD", "1"));
        CalendarCampaign none = campaign("None");

        assertEquals(CalendarConflict.Kind.GIVES_NOTHING,
                CalendarConflicts.ofCampaign(empty, OPEN_STORES, CHANNELS).get(0).getKind());
        assertEquals(CalendarConflict.Kind.GIVES_NOTHING,
                CalendarConflicts.ofCampaign(none, OPEN_STORES, CHANNELS).get(0).getKind());
        assertTrue(CalendarConflicts.ofCampaign(campaign("Fine", percent("NEW", "5")), OPEN_STORES, CHANNELS)
                .isEmpty());
    }

    private static CalendarCampaign campaign(String name, CalendarBenefit... benefits) {
        return new CalendarCampaign((long) name.hashCode(), name, Collections.<String>emptyList(),
                Collections.<String>emptyList(), Arrays.asList(benefits));
    }

    private static CalendarBenefit percent(String tier, String value) {
        return new CalendarBenefit(tier, "PERCENT_OFF", new BigDecimal(value), BigDecimal.ONE);
    }

    private static CalendarBenefit amount(String tier, String value) {
        return new CalendarBenefit(tier, "AMOUNT_OFF", new BigDecimal(value), BigDecimal.ONE);
    }

    private static CalendarBenefit points(String tier, String multiplier) {
        return new CalendarBenefit(tier, null, null, new BigDecimal(multiplier));
    }

    private static CalendarOffer offer(String name, String type, String delivery, boolean combinable) {
        return new CalendarOffer((long) name.hashCode(), name, type, "AMOUNT_OFF", BigDecimal.TEN, delivery, combinable,
                false);
    }
}
