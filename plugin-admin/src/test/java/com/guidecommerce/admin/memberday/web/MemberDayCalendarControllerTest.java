package com.guidecommerce.admin.memberday.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.memberday.rule.CalendarCampaign;
import com.guidecommerce.core.memberday.rule.CalendarConflict;
import com.guidecommerce.core.memberday.rule.CalendarOffer;
import com.guidecommerce.core.memberday.service.CalendarDay;
import com.guidecommerce.core.memberday.service.CalendarView;
import com.guidecommerce.core.memberday.service.MarketingCalendar;
import com.guidecommerce.core.memberday.service.MemberDayPreview;
import com.guidecommerce.core.memberday.service.PreviewResult;
import com.guidecommerce.core.memberday.service.TierPreview;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The marketing calendar over the real services, signed in as HQ's administrator, with the JVM in UTC and the mall
 * in Shanghai: a Wednesday campaign (GOLD 12 %, SILVER 8 %) next to a plain combinable Broadleaf order offer.
 */
class MemberDayCalendarControllerTest extends SignedInAdminTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Wednesday a week or more ahead, so the products made now are on sale on each day of its week. */
    private static final LocalDate WEDNESDAY = LocalDate.now(SHANGHAI).plusWeeks(1)
            .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));

    @Resource(name = "gcMarketingCalendar")
    MarketingCalendar calendar;

    @Resource(name = "gcMemberDayPreview")
    MemberDayPreview preview;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    CalendarFixtures calendarFixtures;
    BroadleafFixtures broadleaf;
    String campaignName;
    Offer plainOffer;

    @BeforeEach
    void campaignAndOffer() {
        calendarFixtures = new CalendarFixtures(context);
        broadleaf = new BroadleafFixtures(context);
        broadleaf.useYuanOnThisThread();
        calendarFixtures.deleteAllCampaigns();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        campaignName = "Wednesdays " + suffix;
        calendarFixtures.wednesdays(campaignName, WEDNESDAY.minusWeeks(1));
        plainOffer = calendarFixtures.plainOffer("Ten off " + suffix, "10", WEDNESDAY.minusWeeks(2));
    }

    @AfterEach
    void cleanUp() {
        calendarFixtures.archive(plainOffer);
        calendarFixtures.deleteAllCampaigns();
    }

    @Test
    void shouldListTheCampaignOnWednesdayAndTheOtherOfferEveryDayAndFlagTheStacking() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show("week", WEDNESDAY.toString(), "", model, Locale.ENGLISH, response);

        CalendarView view = (CalendarView) model.get("calendar");
        assertEquals(WEDNESDAY.minusDays(2), view.getFirstDay(), "the week starts on Monday");
        assertEquals(7, view.getDays().size());
        for (CalendarDay day : view.getDays()) {
            assertEquals(day.getDate().equals(WEDNESDAY), campaignNames(day).contains(campaignName), day.getDate()
                    + " lists the campaign only on Wednesday");
            assertTrue(offerNames(day).contains(plainOffer.getName()), day.getDate() + " lists the other offer");
            for (String name : offerNames(day)) {
                assertFalse(name.startsWith(campaignName), "the campaign's own offers are not listed as others");
            }
        }
        List<String> stacked = new ArrayList<String>();
        for (CalendarConflict conflict : view.getConflicts()) {
            if (conflict.getKind() == CalendarConflict.Kind.OFFER_STACKS && campaignName.equals(conflict.getCampaign())
                    && plainOffer.getName().equals(conflict.getOther())) {
                assertEquals(WEDNESDAY, conflict.getDay());
                stacked.add(conflict.getTierCode());
            }
        }
        assertEquals(Arrays.asList("SILVER", "GOLD"), stacked, "flagged for the discounted tiers on Wednesday");
        assertTrue(view.day(WEDNESDAY).isConflicting());
        assertFalse(view.day(WEDNESDAY.minusDays(1)).isConflicting());
    }

    @Test
    void shouldMarkAnOfferWithATimeRuleAndOnlyNoteOneThatDoesNotCombine() throws Exception {
        Offer sundays = calendarFixtures.sundayOnlyOffer("Sundays " + campaignName, WEDNESDAY.minusWeeks(2));
        try {
            ExtendedModelMap model = new ExtendedModelMap();

            controller().show("week", WEDNESDAY.toString(), null, model, Locale.ENGLISH, response);

            CalendarView view = (CalendarView) model.get("calendar");
            CalendarOffer listed = null;
            for (CalendarOffer offer : view.day(WEDNESDAY.plusDays(4)).getOffers()) {
                if (offer.getName().equals(sundays.getName())) {
                    listed = offer;
                }
            }
            assertTrue(listed != null && listed.isTimeRule() && !listed.isCombinable());
            List<String> overlaps = new ArrayList<String>();
            for (CalendarConflict conflict : view.day(WEDNESDAY).getConflicts()) {
                if (sundays.getName().equals(conflict.getOther())) {
                    assertEquals(CalendarConflict.Kind.OFFER_OVERLAPS, conflict.getKind());
                    assertTrue(conflict.isLesser());
                    overlaps.add(conflict.getTierCode());
                }
            }
            assertEquals(Arrays.asList("SILVER", "GOLD"), overlaps);
            String english = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
            assertTrue(english.contains("time rule applies"));
            assertTrue(english.contains("Overlap"));
        } finally {
            calendarFixtures.archive(sundays);
        }
    }

    @Test
    void shouldShowAStoresDaysInItsZoneAndPriceAtNoonThere() throws Exception {
        Store store = new OrganisationFixtures(context).store();
        store.setTimeZoneId("America/Los_Angeles");
        store = organisationService.saveStore(store);
        Product hat = broadleaf.product("Calendar Hat " + campaignName, "100.00");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().preview("week", WEDNESDAY.toString(), store.getCode(), WEDNESDAY.toString(),
                String.valueOf(hat.getId()), "1", model, Locale.ENGLISH, response);

        CalendarView view = (CalendarView) model.get("calendar");
        PreviewResult result = (PreviewResult) model.get("preview");
        assertEquals("America/Los_Angeles", view.getZoneId());
        assertEquals(store.getCode(), model.get("storeCode"));
        assertTrue(campaignNames(view.day(WEDNESDAY)).contains(campaignName), "a campaign of every store");
        assertEquals(Date.from(WEDNESDAY.atTime(LocalTime.NOON).atZone(ZoneId.of("America/Los_Angeles")).toInstant()),
                result.getPricedAt());
        assertEquals(0, new BigDecimal("3").compareTo(result.tier("GOLD").getPointsMultiplier()));
    }

    @Test
    void shouldRefuseTheCalendarToAnAdminWithoutMemberDayAccess() throws Exception {
        fixtures.signInAs(AdminFixtures.GUIDE_MANAGER);

        assertEquals(null, controller().show("week", null, null, new ExtendedModelMap(), Locale.ENGLISH, response));
        assertEquals(null, controller().preview("week", null, null, null, null, null, new ExtendedModelMap(),
                Locale.ENGLISH, response));
        Mockito.verify(response, Mockito.times(2)).sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    void shouldFlagACampaignOutsideAnyStoresScope() throws Exception {
        calendarFixtures.nowhere("Nowhere", WEDNESDAY.minusWeeks(1));
        ExtendedModelMap model = new ExtendedModelMap();

        controller().show("month", WEDNESDAY.toString(), null, model, Locale.ENGLISH, response);

        CalendarView view = (CalendarView) model.get("calendar");
        assertEquals(WEDNESDAY.withDayOfMonth(1), view.getFirstDay());
        List<CalendarConflict.Kind> kinds = new ArrayList<CalendarConflict.Kind>();
        for (CalendarConflict conflict : view.getConflicts()) {
            if ("Nowhere".equals(conflict.getCampaign())) {
                kinds.add(conflict.getKind());
            }
        }
        assertEquals(Arrays.asList(CalendarConflict.Kind.UNKNOWN_STORES, CalendarConflict.Kind.GIVES_NOTHING), kinds);
    }

    @Test
    void shouldPriceTheSampleCartThroughBroadleafPerTierAndKeepNothing() throws Exception {
        Product coat = broadleaf.product("Calendar Coat " + campaignName, "500.00");
        BroadleafRequestContext before = BroadleafRequestContext.getBroadleafRequestContext();
        long customers = count("BLC_CUSTOMER");
        long orders = count("BLC_ORDER");
        long items = count("BLC_ORDER_ITEM");
        long attributes = count("BLC_CUSTOMER_ATTRIBUTE");

        PreviewResult wednesday = previewOn(WEDNESDAY, coat);
        PreviewResult tuesday = previewOn(WEDNESDAY.minusDays(1), coat);

        assertEquals(customers, count("BLC_CUSTOMER"), "no customer kept");
        assertEquals(orders, count("BLC_ORDER"), "no cart kept");
        assertEquals(items, count("BLC_ORDER_ITEM"));
        assertEquals(attributes, count("BLC_CUSTOMER_ATTRIBUTE"));
        assertSame(before, BroadleafRequestContext.getBroadleafRequestContext(), "the thread's context is put back");
        assertTrue(SystemTime.asDate().before(wednesday.getPricedAt()), "Broadleaf's clock is back to now");
        assertEquals(Date.from(WEDNESDAY.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant()), wednesday.getPricedAt());

        TierPreview goldWednesday = wednesday.tier("GOLD");
        TierPreview goldTuesday = tuesday.tier("GOLD");
        assertEquals(new BigDecimal("500.00"), goldWednesday.getSubtotal());
        BigDecimal twelvePercent = goldWednesday.getSubtotal().multiply(new BigDecimal("0.12")).setScale(2);
        assertEquals(twelvePercent, goldWednesday.getMemberDayDiscount(), "the campaign's adjustment, as priced");
        assertEquals(twelvePercent, goldTuesday.getTotal().subtract(goldWednesday.getTotal()),
                "GOLD pays 12 % less on Wednesday than on Tuesday");
        assertTrue(hasAdjustment(goldTuesday, plainOffer.getName()), "the other offer applies on both days");
        assertEquals(new BigDecimal("40.00"), wednesday.tier("SILVER").getMemberDayDiscount());
        assertEquals(new BigDecimal("0.00"), wednesday.tier("NEW").getMemberDayDiscount(), "NEW gets no member day");
        assertEquals(0, new BigDecimal("3").compareTo(goldWednesday.getPointsMultiplier()));
        assertEquals(0, BigDecimal.ONE.compareTo(goldTuesday.getPointsMultiplier()));
    }

    @Test
    void shouldRenderTheWeekTheConflictsAndThePreviewInBothLanguages() throws Exception {
        Product scarf = broadleaf.product("Calendar Scarf " + campaignName, "200.00");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().preview("week", WEDNESDAY.toString(), "", WEDNESDAY.toString(), String.valueOf(scarf.getId()),
                "2", model, Locale.SIMPLIFIED_CHINESE, response);

        String chinese = new AdminPages(messageSource).render(model.asMap(), Locale.SIMPLIFIED_CHINESE);
        String english = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);
        assertTrue(chinese.contains(campaignName), "the campaign is on the grid");
        assertTrue(chinese.contains("\u51b2\u7a81"), "the conflict, in Chinese");
        assertTrue(chinese.contains("\u91d1\u5361"), "the gold tier, by its Chinese label");
        assertTrue(english.contains("12% off"), english);
        assertTrue(english.contains("Gold"), "the gold tier, by its English label");
        assertTrue(english.contains("\u00d73 points"), "GOLD's points multiplier");
        assertTrue(english.contains(plainOffer.getName()));
        assertTrue(english.contains("data-tier=\"GOLD\""), "the preview lists GOLD");
        assertTrue(english.contains("Calendar Scarf"), "the preview names its sample items");
        assertFalse(chinese.contains("??"), chinese);
        assertFalse(english.contains("??"), english);
    }

    @Test
    void shouldSayWhatIsWrongWithAPreviewOfNoProduct() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();

        controller().preview(null, null, null, WEDNESDAY.toString(), "-42", "1", model, Locale.ENGLISH, response);

        assertEquals(messageSource.getMessage("gcCalendar_previewInvalid", null, Locale.ENGLISH),
                model.get("previewError"));
        assertEquals(null, model.get("preview"));
    }

    private PreviewResult previewOn(LocalDate day, Product product) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        controller().preview("week", WEDNESDAY.toString(), null, day.toString(), String.valueOf(product.getId()), "1",
                model, Locale.ENGLISH, response);
        assertEquals(null, model.get("previewError"));
        return (PreviewResult) model.get("preview");
    }

    private long count(String table) {
        return fixtures.jdbc().queryForObject("select count(*) from " + table, Long.class);
    }

    private static boolean hasAdjustment(TierPreview tier, String offerName) {
        for (TierPreview.Adjustment adjustment : tier.getAdjustments()) {
            if (adjustment.getOfferName().equals(offerName)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> campaignNames(CalendarDay day) {
        List<String> names = new ArrayList<String>();
        for (CalendarCampaign campaign : day.getCampaigns()) {
            names.add(campaign.getName());
        }
        return names;
    }

    private static List<String> offerNames(CalendarDay day) {
        List<String> names = new ArrayList<String>();
        for (CalendarOffer offer : day.getOffers()) {
            names.add(offer.getName());
        }
        return names;
    }

    private MemberDayCalendarController controller() {
        return new MemberDayCalendarController(calendar, preview, organisationService, pageSupport, messageSource);
    }
}
