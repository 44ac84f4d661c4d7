package com.guidecommerce.admin.memberday;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The Member Days section as Broadleaf's admin saves it: rules checked, Broadleaf offers kept in line. */
class MemberDayAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();
    private static final String CAMPAIGN_IMPL = "com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl";
    private static final String BENEFIT_IMPL = "com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl";

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "blOfferService")
    OfferService offerService;

    @Resource(name = "gcMemberDayService")
    MemberDayService memberDayService;

    @AfterEach
    void deleteCampaigns() {
        for (MemberDayCampaign campaign : memberDayService.findCampaigns()) {
            memberDayService.deleteCampaign(campaign.getId());
        }
    }

    @Test
    void shouldPriceATiersDiscountThroughABroadleafOrderOfferOnceItIsSaved() throws Exception {
        Entity campaign = adminEntityService.addEntity(campaignForm(null, "3", "199"), null, NO_CRUMBS).getEntity();
        assertFalse(campaign.isValidationFailure(), () -> "validation errors: " + campaign.getPropertyValidationErrors());

        Entity benefit = addBenefit(campaign, "GOLD", "PERCENT_OFF", "12", "2");

        assertFalse(benefit.isValidationFailure(), () -> "validation errors: " + benefit.getPropertyValidationErrors());
        Map<String, Object> offer = offerOf("GOLD");
        assertEquals("ORDER", offer.get("OFFER_TYPE"));
        assertEquals("PERCENT_OFF", offer.get("OFFER_DISCOUNT_TYPE"));
        assertEquals(0, new BigDecimal("12").compareTo((BigDecimal) offer.get("OFFER_VALUE")));
        assertEquals(new TreeSet<String>(Arrays.asList("CUSTOMER", "ORDER")), new TreeSet<String>(offerService
                .getOfferDao().readOfferById(((Number) offer.get("OFFER_ID")).longValue()).getOfferMatchRules().keySet()));
    }

    @Test
    void shouldRefuseAWeekdayOutsideMondayToSundayAndARepeatedTier() throws Exception {
        Entity refused = adminEntityService.addEntity(campaignForm(null, "9", "0"), null, NO_CRUMBS).getEntity();
        Entity campaign = adminEntityService.addEntity(campaignForm(null, "3", "0"), null, NO_CRUMBS).getEntity();
        addBenefit(campaign, "SILVER", "AMOUNT_OFF", "20", "1");

        Entity repeated = addBenefit(campaign, "SILVER", "PERCENT_OFF", "5", "1");

        assertEquals(Collections.singletonList("GcMemberDay_error_weekdayOutOfRange"),
                refused.getPropertyValidationErrors().get("weekday"));
        assertEquals(Collections.singletonList("GcMemberDay_error_tierRepeated"),
                repeated.getPropertyValidationErrors().get("tierCode"));
    }

    @Test
    void shouldAcceptACodeDeliveredCouponOfferAndRefuseAnAutomaticOrUnknownOne() throws Exception {
        Entity campaign = adminEntityService.addEntity(campaignForm(null, "3", "0"), null, NO_CRUMBS).getEntity();
        addBenefit(campaign, "SILVER", "PERCENT_OFF", "5", "1", null);
        String automatic = String.valueOf(offerOf("SILVER").get("OFFER_ID"));
        Long coupon = CouponOfferFixture.codeDeliveredOffer(context);

        Entity notCode = addBenefit(campaign, "GOLD", "PERCENT_OFF", "12", "2", automatic);
        Entity missing = addBenefit(campaign, "GOLD", "PERCENT_OFF", "12", "2", "-4242");
        Entity accepted = addBenefit(campaign, "GOLD", "PERCENT_OFF", "12", "2", String.valueOf(coupon));

        assertEquals(Collections.singletonList("GcMemberDay_error_couponOfferNotCode"),
                notCode.getPropertyValidationErrors().get("couponOfferId"));
        assertEquals(Collections.singletonList("GcMemberDay_error_couponOfferMissing"),
                missing.getPropertyValidationErrors().get("couponOfferId"));
        assertFalse(accepted.isValidationFailure(), () -> "validation errors: "
                + accepted.getPropertyValidationErrors());
        assertEquals(coupon, fixtures.jdbc().queryForObject("select COUPON_OFFER_ID from GC_MEMBER_DAY_BENEFIT"
                + " where TIER_CODE = 'GOLD'", Long.class));
    }

    @Test
    void shouldKeepACouponAudienceChosenFromTheTagsAndRefuseAnUnknownOne() throws Exception {
        Entity campaign = adminEntityService.addEntity(campaignForm(null, "3", "0"), null, NO_CRUMBS).getEntity();
        String coupon = String.valueOf(CouponOfferFixture.codeDeliveredOffer(context));

        Entity unknown = addBenefit(campaign, "GOLD", "PERCENT_OFF", "12", "2", coupon, "SPEND_BAND=HUGE");
        Entity dormant = addBenefit(campaign, "GOLD", "PERCENT_OFF", "12", "2", coupon, "DORMANT");

        assertEquals(Collections.singletonList("GcMemberDay_error_couponAudienceUnknown"),
                unknown.getPropertyValidationErrors().get("couponAudience"));
        assertFalse(dormant.isValidationFailure(), () -> "validation errors: " + dormant.getPropertyValidationErrors());
        assertEquals("DORMANT", fixtures.jdbc().queryForObject("select COUPON_AUDIENCE from GC_MEMBER_DAY_BENEFIT"
                + " where TIER_CODE = 'GOLD'", String.class));
    }

    @Test
    void shouldEndTheOffersOfADeletedCampaign() throws Exception {
        Entity campaign = adminEntityService.addEntity(campaignForm(null, "3", "0"), null, NO_CRUMBS).getEntity();
        addBenefit(campaign, "REGULAR", "AMOUNT_OFF", "15", "1");
        Object offerId = offerOf("REGULAR").get("OFFER_ID");

        adminEntityService.removeEntity(campaignForm(Long.valueOf(campaign.findProperty("id").getValue()), "3", "0"),
                null, NO_CRUMBS);

        assertEquals("Y", fixtures.jdbc().queryForObject("select ARCHIVED from BLC_OFFER where OFFER_ID = ?",
                String.class, offerId).trim());
        assertEquals(Integer.valueOf(0), fixtures.jdbc().queryForObject("select count(*) from GC_MEMBER_DAY_BENEFIT"
                + " where OFFER_ID = ?", Integer.class, offerId));
    }

    private Map<String, Object> offerOf(String tier) {
        Long offerId = fixtures.jdbc().queryForObject("select b.OFFER_ID from GC_MEMBER_DAY_BENEFIT b"
                + " where b.TIER_CODE = ?", Long.class, tier);
        assertNotNull(offerId, "the benefit names its Broadleaf offer");
        return fixtures.jdbc().queryForMap("select OFFER_ID, OFFER_TYPE, OFFER_DISCOUNT_TYPE, OFFER_VALUE from BLC_OFFER"
                + " where OFFER_ID = ?", offerId);
    }

    private Entity addBenefit(Entity campaign, String tier, String discountType, String value, String multiplier)
            throws Exception {
        return addBenefit(campaign, tier, discountType, value, multiplier, null);
    }

    private Entity addBenefit(Entity campaign, String tier, String discountType, String value, String multiplier,
                              String couponOfferId) throws Exception {
        return addBenefit(campaign, tier, discountType, value, multiplier, couponOfferId, null);
    }

    private Entity addBenefit(Entity campaign, String tier, String discountType, String value, String multiplier,
                              String couponOfferId, String audience) throws Exception {
        PersistencePackageRequest section = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(MemberDayCampaign.class.getName());
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        Entity parent = adminEntityService.getRecord(section, campaign.findProperty("id").getValue(), metadata, false)
                .getDynamicResultSet().getRecords()[0];
        EntityForm form = form("com.guidecommerce.core.memberday.domain.MemberDayBenefit", BENEFIT_IMPL, null);
        form.addField(AdminFixtures.field("tierCode", tier));
        form.addField(AdminFixtures.field("discountType", discountType));
        form.addField(AdminFixtures.field("discountValue", value));
        form.addField(AdminFixtures.field("pointsMultiplier", multiplier));
        if (couponOfferId != null) {
            form.addField(AdminFixtures.field("couponOfferId", couponOfferId));
        }
        if (audience != null) {
            form.addField(AdminFixtures.field("couponAudience", audience));
        }
        return adminEntityService.addSubCollectionEntity(form, metadata, metadata.getPMap().get("benefits"), parent,
                NO_CRUMBS).getEntity();
    }

    private static EntityForm campaignForm(Long id, String weekday, String minimum) {
        EntityForm form = form(MemberDayCampaign.class.getName(), CAMPAIGN_IMPL, id);
        form.addField(AdminFixtures.field("name", "周三会员日"));
        form.addField(AdminFixtures.field("recurrence", "WEEKLY"));
        form.addField(AdminFixtures.field("weekday", weekday));
        form.addField(AdminFixtures.field("validFrom", "2026.12.01 00:00:00"));
        form.addField(AdminFixtures.field("channels", "OWN_MALL"));
        form.addField(AdminFixtures.field("minimumOrderAmount", minimum));
        form.addField(AdminFixtures.field("usesPerDay", "1"));
        return form;
    }

    private static EntityForm form(String ceilingEntity, String entityType, Long id) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(ceilingEntity);
        form.setEntityType(entityType);
        form.setId(id == null ? null : String.valueOf(id));
        return form;
    }
}
