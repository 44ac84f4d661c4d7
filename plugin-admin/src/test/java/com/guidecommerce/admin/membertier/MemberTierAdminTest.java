package com.guidecommerce.admin.membertier;

import com.guidecommerce.admin.membertier.rule.MemberTierValidator;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.domain.MemberTierChange;
import com.guidecommerce.core.test.LedgerRows;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Member Tiers and Member Tier History sections as Broadleaf's admin builds and saves them. */
class MemberTierAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Test
    void shouldListTheSeededLadder() throws Exception {
        DynamicResultSet grid = adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(MemberTier.class.getName())).getDynamicResultSet();

        List<String> codes = new ArrayList<String>();
        for (int i = 0; i < grid.getRecords().length; i++) {
            codes.add(grid.getRecords()[i].findProperty("code").getValue());
        }
        assertTrue(codes.containsAll(Arrays.asList("NEW", "REGULAR", "SILVER", "GOLD")), codes.toString());
    }

    @Test
    void shouldSaveATierAboveTheLadder() throws Exception {
        long n = LedgerRows.nextId() % 100_000;
        String code = "P" + n;

        Entity saved = adminEntityService.addEntity(fixtures.memberTierForm(code, String.valueOf(100 + n),
                String.valueOf(100_000 + n)), null, NO_CRUMBS).getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals(0, new BigDecimal(100_000 + n).compareTo(fixtures.jdbc().queryForObject(
                "select MIN_SPEND from GC_MEMBER_TIER where CODE = ?", BigDecimal.class, code)));
    }

    @Test
    void shouldRefuseATierWhoseThresholdDoesNotRiseWithItsRank() throws Exception {
        Entity saved = adminEntityService.addEntity(fixtures.memberTierForm("PLATINUM", "99", "3000.00"), null,
                NO_CRUMBS).getEntity();

        assertEquals(Collections.singletonList(MemberTierValidator.SPEND_NOT_INCREASING),
                saved.getPropertyValidationErrors().get("minSpend"));
        assertEquals(Integer.valueOf(0), fixtures.jdbc().queryForObject(
                "select count(*) from GC_MEMBER_TIER where CODE = 'PLATINUM'", Integer.class));
    }

    @Test
    void shouldShowTheHistoryReadOnly() throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(MemberTierChange.class.getName())).getDynamicResultSet().getClassMetaData();

        for (String field : Arrays.asList("customerId", "fromTier", "toTier", "cause", "spend", "reason")) {
            assertTrue(((BasicFieldMetadata) metadata.getPMap().get(field).getMetadata()).getReadOnly(), field);
        }
    }
}
