package com.guidecommerce.admin.tier;

import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.admin.tier.rule.TierValidator;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierChange;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
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

/** The Tiers and Tier history sections, and the tier a commission rule can name, as Broadleaf's admin builds them. */
class TierAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Test
    void shouldListTheSeededLaddersInTheTiersSection() throws Exception {
        DynamicResultSet grid = adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(Tier.class.getName())
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {new FilterAndSortCriteria("code", "D_")}))
                .getDynamicResultSet();

        List<String> codes = new ArrayList<String>();
        for (int i = 0; i < grid.getRecords().length; i++) {
            codes.add(grid.getRecords()[i].findProperty("code").getValue());
        }
        assertTrue(codes.containsAll(Arrays.asList("D_NORMAL", "D_SILVER", "D_GOLD")), codes.toString());
    }

    @Test
    void shouldSaveAWellFormedTier() throws Exception {
        String code = "T" + LedgerRows.nextId();
        String rank = String.valueOf(10 + LedgerRows.nextId() % 100_000);

        Entity saved = adminEntityService.addEntity(fixtures.tierForm("DISTRIBUTOR", code, rank), null, NO_CRUMBS)
                .getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals(new BigDecimal("1000.00"), fixtures.jdbc().queryForObject(
                "select MIN_SALES from GC_TIER where CODE = ?", BigDecimal.class, code));
    }

    @Test
    void shouldRefuseATierWhoseCodeOrRankItsLadderHasAlready() throws Exception {
        Entity saved = adminEntityService.addEntity(fixtures.tierForm("GUIDE", "SUPER", "0"), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList(TierValidator.DUPLICATE_CODE),
                saved.getPropertyValidationErrors().get("code"));
        assertEquals(Collections.singletonList(TierValidator.DUPLICATE_RANK),
                saved.getPropertyValidationErrors().get("rank"));
        assertEquals(Integer.valueOf(1), fixtures.jdbc().queryForObject(
                "select count(*) from GC_TIER where CODE = 'SUPER'", Integer.class));
    }

    @Test
    void shouldOfferEveryDefinedTierCodeForACommissionRule() throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(CommissionRule.class.getName())).getDynamicResultSet().getClassMetaData();

        BasicFieldMetadata tier = (BasicFieldMetadata) metadata.getPMap().get("guideTier").getMetadata();

        assertEquals(SupportedFieldType.DATA_DRIVEN_ENUMERATION, tier.getFieldType());
        List<String> values = new ArrayList<String>();
        for (String[] option : tier.getEnumerationValues()) {
            values.add(option[0]);
        }
        assertTrue(values.containsAll(Arrays.asList("NORMAL", "SUPER", "D_NORMAL", "D_SILVER", "D_GOLD")),
                values.toString());
    }

    @Test
    void shouldKeepAGuidesTierFromBeingEditedInTheGuideForm() throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(Guide.class.getName())).getDynamicResultSet().getClassMetaData();

        assertTrue(((BasicFieldMetadata) metadata.getPMap().get("tier").getMetadata()).getReadOnly(),
                "a tier changes by evaluation or HQ's override, both in the tier history");
    }

    @Test
    void shouldShowTheTierHistoryReadOnly() throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(TierChange.class.getName())).getDynamicResultSet().getClassMetaData();

        for (String field : Arrays.asList("subjectCode", "fromTier", "toTier", "cause", "reason")) {
            BasicFieldMetadata column = (BasicFieldMetadata) metadata.getPMap().get(field).getMetadata();
            assertTrue(column.getReadOnly(), field);
        }
    }
}
