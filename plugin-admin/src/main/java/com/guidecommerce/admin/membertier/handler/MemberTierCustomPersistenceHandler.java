package com.guidecommerce.admin.membertier.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.admin.membertier.rule.MemberTierValidator;
import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.rule.MemberTierLevel;
import com.guidecommerce.core.membertier.service.MemberTierService;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link MemberTierValidator} to member tiers saved in the admin, against the ladder as saved. Bean
 * {@code gcMemberTierCustomPersistenceHandler}.
 */
public class MemberTierCustomPersistenceHandler extends RuleCheckingPersistenceHandler {

    private final MemberTierService service;
    private final MemberTierValidator validator = new MemberTierValidator();

    public MemberTierCustomPersistenceHandler(MemberTierService service) {
        super(MemberTier.class);
        this.service = service;
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        List<MemberTierLevel> others = new ArrayList<MemberTierLevel>();
        for (MemberTier tier : service.findTiers()) {
            if (!tier.getId().equals(id)) {
                others.add(new MemberTierLevel(tier.getCode(), tier.getName(), tier.getNameEn(), tier.getRank(),
                        tier.getMinSpend()));
            }
        }
        return validator.validate(others, valueOf(submitted, MemberTierValidator.CODE),
                valueOf(submitted, MemberTierValidator.RANK), valueOf(submitted, MemberTierValidator.MIN_SPEND));
    }
}
