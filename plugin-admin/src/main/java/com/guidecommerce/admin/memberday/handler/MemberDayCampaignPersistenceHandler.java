package com.guidecommerce.admin.memberday.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.rule.CampaignDraft;
import com.guidecommerce.core.memberday.rule.CampaignRules;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Applies {@link CampaignRules} to member-day campaigns saved in the admin, each error on the field HQ must change,
 * and keeps the campaign's Broadleaf offers in line: after a save they are created or updated; a delete ends them
 * and deletes the campaign with its benefits through the service. Bean {@code gcMemberDayCampaignPersistenceHandler}.
 */
public class MemberDayCampaignPersistenceHandler extends RuleCheckingPersistenceHandler {

    private static final Map<MemberDayError, String> FIELDS = new EnumMap<MemberDayError, String>(MemberDayError.class);

    static {
        FIELDS.put(MemberDayError.NAME_REQUIRED, "name");
        FIELDS.put(MemberDayError.RECURRENCE_REQUIRED, "recurrence");
        FIELDS.put(MemberDayError.WEEKDAY_OUT_OF_RANGE, "weekday");
        FIELDS.put(MemberDayError.DAY_OF_MONTH_OUT_OF_RANGE, "dayOfMonth");
        FIELDS.put(MemberDayError.DATES_REQUIRED, "dates");
        FIELDS.put(MemberDayError.DATES_INVALID, "dates");
        FIELDS.put(MemberDayError.VALID_FROM_REQUIRED, "validFrom");
        FIELDS.put(MemberDayError.END_BEFORE_START, "validTo");
        FIELDS.put(MemberDayError.CODES_INVALID, "stores");
        FIELDS.put(MemberDayError.MINIMUM_NEGATIVE, "minimumOrderAmount");
        FIELDS.put(MemberDayError.USES_PER_DAY_OUT_OF_RANGE, "usesPerDay");
    }

    @Resource(name = "gcMemberDayService")
    protected MemberDayService memberDayService;

    public MemberDayCampaignPersistenceHandler() {
        super(MemberDayCampaign.class);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        CampaignDraft draft = new CampaignDraft().name(AdminFormValues.text(submitted, "name"))
                .recurrence(AdminFormValues.text(submitted, "recurrence"), AdminFormValues.number(submitted, "weekday"),
                        AdminFormValues.number(submitted, "dayOfMonth"), AdminFormValues.text(submitted, "dates"))
                .validity(AdminFormValues.calendarDate(submitted, "validFrom"),
                        AdminFormValues.calendarDate(submitted, "validTo"))
                .scope(AdminFormValues.text(submitted, "channels"), AdminFormValues.text(submitted, "stores"))
                .limits(AdminFormValues.amount(submitted, "minimumOrderAmount"),
                        AdminFormValues.number(submitted, "usesPerDay"));
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        for (MemberDayError error : CampaignRules.check(draft)) {
            violations.add(new FieldViolation(FIELDS.get(error), error.getMessageKey()));
        }
        return violations;
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity saved = super.add(persistencePackage, dynamicEntityDao, helper);
        syncIfSaved(saved);
        return saved;
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity saved = super.update(persistencePackage, dynamicEntityDao, helper);
        syncIfSaved(saved);
        return saved;
    }

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        return canHandleUpdate(persistencePackage);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Long id = AdminFormValues.id(persistencePackage.getEntity(), "id");
        if (id != null) {
            memberDayService.deleteCampaign(id);
        }
    }

    private void syncIfSaved(Entity saved) {
        Long id = saved.getValidationErrors().isEmpty() ? AdminFormValues.id(saved, "id") : null;
        if (id != null) {
            memberDayService.syncOffers(id);
        }
    }
}
