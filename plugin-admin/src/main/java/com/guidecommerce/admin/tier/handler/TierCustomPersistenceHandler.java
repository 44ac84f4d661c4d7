package com.guidecommerce.admin.tier.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.admin.tier.rule.TierCatalog;
import com.guidecommerce.admin.tier.rule.TierValidator;
import com.guidecommerce.core.tier.domain.Tier;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.util.List;

/** Applies {@link TierValidator} to tiers saved in the admin. Bean {@code gcTierCustomPersistenceHandler}. */
public class TierCustomPersistenceHandler extends RuleCheckingPersistenceHandler {

    private final TierValidator validator;

    public TierCustomPersistenceHandler(TierCatalog catalog) {
        super(Tier.class);
        this.validator = new TierValidator(catalog);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        return validator.validate(id, valueOf(submitted, TierValidator.SUBJECT), valueOf(submitted, TierValidator.CODE),
                valueOf(submitted, TierValidator.RANK), valueOf(submitted, TierValidator.MIN_SALES),
                valueOf(submitted, TierValidator.MIN_ORDERS), valueOf(submitted, TierValidator.MIN_NEW_MEMBERS));
    }
}
