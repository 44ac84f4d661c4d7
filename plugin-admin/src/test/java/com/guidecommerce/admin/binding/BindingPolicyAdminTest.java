package com.guidecommerce.admin.binding;

import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.binding.domain.BindingPolicy;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.DefaultBindingPolicies;
import com.guidecommerce.core.binding.rule.PolicyTerms;
import com.guidecommerce.core.binding.service.BindingService;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Binding Policies section as the admin drives it, over the default policy rows. */
class BindingPolicyAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;



    @Test
    void shouldListAPolicyForEachOfTheEightSources() throws Exception {
        DynamicResultSet grid = adminEntityService.getRecords(policiesSection()).getDynamicResultSet();

        Set<String> sources = new TreeSet<String>();
        for (Entity row : grid.getRecords()) {
            sources.add(row.findProperty("source").getValue());
        }
        assertEquals(new TreeSet<String>(Arrays.asList("STORE_QR", "SHARE_LINK", "GUIDE_INVITATION", "POS", "ADMIN",
                "IMPORT", "DEPARTURE_TRANSFER", "PACKAGE_CARD")), sources);
    }

    @Test
    void shouldSeedTheSameTermsTheCodeFallsBackTo() {
        for (BindingSource source : BindingSource.values()) {
            PolicyTerms seeded = bindingService.termsFor(source);
            PolicyTerms fallback = DefaultBindingPolicies.termsFor(source);

            assertEquals(fallback.getValidityDays(), seeded.getValidityDays(), source.getType());
            assertEquals(fallback.getProtectionDays(), seeded.getProtectionDays(), source.getType());
            assertEquals(fallback.isOverridesExisting(), seeded.isOverridesExisting(), source.getType());
        }
    }

    @Test
    void shouldRejectASecondPolicyForASource() throws Exception {
        Entity saved = adminEntityService.addEntity(fixtures.policyForm(null, "STORE_QR", "30", "0"), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList("gcDuplicateBindingPolicySource"),
                saved.getPropertyValidationErrors().get("source"));
    }

    @Test
    void shouldRejectProtectionLongerThanTheValidity() throws Exception {
        Long id = fixtures.policyIdOf("SHARE_LINK");

        Entity saved = adminEntityService.updateEntity(fixtures.policyForm(id, "SHARE_LINK", "30", "45"), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList("gcBindingProtectionOutOfRange"),
                saved.getPropertyValidationErrors().get("protectionDays"));
        assertEquals(Integer.valueOf(0), fixtures.jdbc().queryForObject(
                "select PROTECTION_DAYS from GC_BINDING_POLICY where BINDING_POLICY_ID = ?", Integer.class, id));
    }

    @Test
    void shouldRejectAValidityBeyondTenYears() throws Exception {
        Long id = fixtures.policyIdOf("POS");

        Entity saved = adminEntityService.updateEntity(fixtures.policyForm(id, "POS", "4000", "90"), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList("gcBindingValidityOutOfRange"),
                saved.getPropertyValidationErrors().get("validityDays"));
    }

    @Test
    void shouldSaveAValidPolicyThroughBroadleaf() throws Exception {
        Long id = fixtures.policyIdOf("GUIDE_INVITATION");

        Entity saved = adminEntityService.updateEntity(fixtures.policyForm(id, "GUIDE_INVITATION", "365", "90"), null,
                NO_CRUMBS).getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals(Integer.valueOf(365), fixtures.jdbc().queryForObject(
                "select VALIDITY_DAYS from GC_BINDING_POLICY where BINDING_POLICY_ID = ?", Integer.class, id));
    }

    private static PersistencePackageRequest policiesSection() {
        return PersistencePackageRequest.standard().withCeilingEntityClassname(BindingPolicy.class.getName());
    }
}
