package com.guidecommerce.core.binding.domain;

import com.guidecommerce.core.binding.rule.PolicyTerms;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_BINDING_POLICY", uniqueConstraints = @UniqueConstraint(name = "UK_GC_BINDING_POLICY_SOURCE", columnNames = "SOURCE"))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcBindingPolicy")
public class BindingPolicyImpl implements BindingPolicy {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcBindingPolicyId")
    @GenericGenerator(name = "GcBindingPolicyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcBindingPolicyImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.binding.domain.BindingPolicyImpl")
            })
    @Column(name = "BINDING_POLICY_ID")
    @AdminPresentation(friendlyName = "GcBindingPolicy_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "SOURCE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcBindingPolicy_source", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.binding.domain.BindingSource")
    protected String source;

    @Column(name = "VALIDITY_DAYS")
    @AdminPresentation(friendlyName = "GcBindingPolicy_validityDays", order = 2000, prominent = true, gridOrder = 2000,
            helpText = "GcBindingPolicy_validityDays_help")
    protected Integer validityDays;

    @Column(name = "PROTECTION_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "GcBindingPolicy_protectionDays", order = 3000, prominent = true, gridOrder = 3000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "GcBindingPolicy_protectionDays_help")
    protected Integer protectionDays = 0;

    @Column(name = "OVERRIDES_EXISTING", nullable = false)
    @AdminPresentation(friendlyName = "GcBindingPolicy_overridesExisting", order = 4000, prominent = true,
            gridOrder = 4000, helpText = "GcBindingPolicy_overridesExisting_help")
    protected Boolean overridesExisting = Boolean.FALSE;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public BindingSource getSource() {
        return BindingSource.getInstance(source);
    }

    @Override
    public void setSource(BindingSource source) {
        this.source = source == null ? null : source.getType();
    }

    @Override
    public Integer getValidityDays() {
        return validityDays;
    }

    @Override
    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    @Override
    public int getProtectionDays() {
        return protectionDays == null ? 0 : protectionDays;
    }

    @Override
    public void setProtectionDays(int protectionDays) {
        this.protectionDays = protectionDays;
    }

    @Override
    public boolean isOverridesExisting() {
        return overridesExisting != null && overridesExisting;
    }

    @Override
    public void setOverridesExisting(boolean overridesExisting) {
        this.overridesExisting = overridesExisting;
    }

    @Override
    public PolicyTerms toTerms() {
        return new PolicyTerms(validityDays, getProtectionDays(), isOverridesExisting());
    }
}
