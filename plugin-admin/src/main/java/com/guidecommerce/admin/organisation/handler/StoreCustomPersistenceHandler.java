package com.guidecommerce.admin.organisation.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.admin.organisation.rule.StoreValidator;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.util.List;

/** Applies {@link StoreValidator} to stores saved in the admin. Bean {@code gcStoreCustomPersistenceHandler}. */
public class StoreCustomPersistenceHandler extends RuleCheckingPersistenceHandler {

    private final StoreValidator validator;

    public StoreCustomPersistenceHandler(OrganisationService organisationService) {
        super(Store.class);
        this.validator = new StoreValidator(organisationService::isStoreCodeTaken);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        return validator.validate(id, valueOf(submitted, StoreValidator.CODE), valueOf(submitted, StoreValidator.TIME_ZONE));
    }
}
