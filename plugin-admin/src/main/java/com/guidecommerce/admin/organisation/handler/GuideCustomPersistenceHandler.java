package com.guidecommerce.admin.organisation.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.admin.organisation.rule.GuideDirectory;
import com.guidecommerce.admin.organisation.rule.GuideValidator;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.util.List;

/** Applies {@link GuideValidator} to guides saved in the admin. Bean {@code gcGuideCustomPersistenceHandler}. */
public class GuideCustomPersistenceHandler extends RuleCheckingPersistenceHandler {

    private final GuideValidator validator;

    public GuideCustomPersistenceHandler(GuideDirectory guideDirectory) {
        super(Guide.class);
        this.validator = new GuideValidator(guideDirectory);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        return validator.validate(id,
                valueOf(submitted, GuideValidator.GUIDE_CODE),
                valueOf(submitted, GuideValidator.EMPLOYEE_NO),
                GuideStatus.getInstance(valueOf(submitted, GuideValidator.STATUS)));
    }
}
