package com.guidecommerce.admin.binding.handler;

import com.guidecommerce.admin.binding.rule.BindingPolicySources;
import com.guidecommerce.admin.binding.rule.BindingPolicyValidator;
import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.core.binding.domain.BindingPolicy;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.util.List;

/** Applies {@link BindingPolicyValidator} to binding policies saved in the admin. Bean {@code gcBindingPolicyCustomPersistenceHandler}. */
public class BindingPolicyCustomPersistenceHandler extends RuleCheckingPersistenceHandler {

    private final BindingPolicyValidator validator;

    public BindingPolicyCustomPersistenceHandler(BindingPolicySources sources) {
        super(BindingPolicy.class);
        this.validator = new BindingPolicyValidator(sources);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        return validator.validate(id,
                valueOf(submitted, BindingPolicyValidator.SOURCE),
                valueOf(submitted, BindingPolicyValidator.VALIDITY_DAYS),
                valueOf(submitted, BindingPolicyValidator.PROTECTION_DAYS));
    }
}
