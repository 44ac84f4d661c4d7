package com.guidecommerce.admin.memberday.handler;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.rule.CampaignRules;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;

/**
 * Checks a campaign's tier benefits as HQ adds, edits or removes them in the campaign's Benefits list, and keeps
 * the campaign's Broadleaf offers in line (a removed benefit's offer is ended). A coupon offer, when named, must be a
 * Broadleaf offer delivered by code; a coupon audience, when chosen, one the member tags know. Broadleaf names a collection's items
 * by their class, so the handler takes any class that is a {@link MemberDayBenefit}.
 * Bean {@code gcMemberDayBenefitPersistenceHandler}.
 */
public class MemberDayBenefitPersistenceHandler extends CustomPersistenceHandlerAdapter {

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (rejects(submitted, null)) {
            return submitted;
        }
        Entity saved = helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes()
                .getAddType()).add(persistencePackage);
        sync(saved);
        return saved;
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (rejects(submitted, AdminFormValues.id(submitted, "id"))) {
            return submitted;
        }
        Entity saved = helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes()
                .getUpdateType()).update(persistencePackage);
        sync(saved);
        return saved;
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Long id = AdminFormValues.id(persistencePackage.getEntity(), "id");
        if (id != null) {
            memberDayService.endBenefitOffer(id);
        }
        helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getRemoveType())
                .remove(persistencePackage);
    }

    private boolean rejects(Entity submitted, Long benefitId) {
        List<MemberDayError> errors = CampaignRules.checkBenefit(AdminFormValues.text(submitted, "tierCode"),
                AdminFormValues.text(submitted, "discountType"), AdminFormValues.amount(submitted, "discountValue"),
                AdminFormValues.amount(submitted, "pointsMultiplier"), otherTiers(submitted, benefitId));
        MemberDayError coupon = memberDayService.couponOfferRefusal(AdminFormValues.id(submitted, "couponOfferId"));
        if (coupon != null) {
            errors.add(coupon);
        }
        MemberDayError audience = memberDayService.couponAudienceRefusal(AdminFormValues.text(submitted, "couponAudience"));
        if (audience != null) {
            errors.add(audience);
        }
        for (MemberDayError error : errors) {
            submitted.addValidationError(fieldOf(error), error.getMessageKey());
        }
        return !errors.isEmpty();
    }

    private List<String> otherTiers(Entity submitted, Long benefitId) {
        List<String> tiers = new ArrayList<String>();
        Long campaignId = AdminFormValues.id(submitted, "campaign");
        if (campaignId == null && benefitId != null) {
            MemberDayBenefit stored = memberDayService.findBenefit(benefitId);
            campaignId = stored == null ? null : stored.getCampaign().getId();
        }
        for (MemberDayBenefit benefit : memberDayService.benefitsOf(campaignId)) {
            if (!benefit.getId().equals(benefitId)) {
                tiers.add(benefit.getTierCode());
            }
        }
        return tiers;
    }

    private void sync(Entity saved) {
        Long id = saved.getValidationErrors().isEmpty() ? AdminFormValues.id(saved, "id") : null;
        if (id != null) {
            memberDayService.syncOffersOfBenefit(id);
        }
    }

    private static String fieldOf(MemberDayError error) {
        switch (error) {
            case TIER_REQUIRED:
            case TIER_INVALID:
            case TIER_REPEATED:
                return "tierCode";
            case MULTIPLIER_BELOW_ONE:
                return "pointsMultiplier";
            case COUPON_OFFER_MISSING:
            case COUPON_OFFER_NOT_CODE:
                return "couponOfferId";
            case COUPON_AUDIENCE_UNKNOWN:
                return "couponAudience";
            default:
                return "discountValue";
        }
    }

    private static boolean handles(PersistencePackage persistencePackage) {
        try {
            return MemberDayBenefit.class.isAssignableFrom(
                    Class.forName(persistencePackage.getCeilingEntityFullyQualifiedClassname()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
