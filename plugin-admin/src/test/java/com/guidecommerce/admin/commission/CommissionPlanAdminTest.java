package com.guidecommerce.admin.commission;

import com.guidecommerce.admin.commission.rule.CommissionPlanRules;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.LedgerRows.PlanRow;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridAction;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.service.FormBuilderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Commission Plans section as the admin drives it: plans and their rules saved through Broadleaf's admin entity
 * service with our handlers in the path. Plans written as published here took effect before every other test's plan,
 * so they never decide another test's rates.
 */
@ExtendWith(BroadleafContextExtension.class)
class CommissionPlanAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();
    private static final Date LONG_AGO = new Date(LedgerRows.BEFORE_EVERY_PLAN);

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "blFormBuilderService")
    FormBuilderService formBuilderService;

    AdminFixtures fixtures;
    LedgerRows rows;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        rows = new LedgerRows(context);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldCreateANewPlanAsADraftWithTheNextVersionAndItsAuthor() throws Exception {
        int highest = fixtures.jdbc().queryForObject("select coalesce(max(VERSION_NO), 0) from GC_COMMISSION_PLAN", Integer.class);
        String name = "Plan " + LedgerRows.nextId();

        Entity saved = add(fixtures.planForm(null, name, "20"));

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        Map<String, Object> stored = fixtures.jdbc().queryForMap(
                "select STATUS, VERSION_NO, CREATED_BY from GC_COMMISSION_PLAN where NAME = ?", name);
        assertEquals("DRAFT", stored.get("STATUS"));
        assertEquals(highest + 1, ((Number) stored.get("VERSION_NO")).intValue());
        assertEquals(AdminFixtures.ADMIN, stored.get("CREATED_BY"));
    }

    @Test
    void shouldRefuseACapAboveTheWholeLine() throws Exception {
        String name = "Plan " + LedgerRows.nextId();

        Entity saved = add(fixtures.planForm(null, name, "120"));

        assertEquals(Collections.singletonList(CommissionPlanRules.CAP_OUT_OF_RANGE),
                saved.getPropertyValidationErrors().get("capPercent"));
        assertEquals(0, (int) fixtures.jdbc().queryForObject("select count(*) from GC_COMMISSION_PLAN where NAME = ?",
                Integer.class, name));
    }

    @Test
    void shouldAddAPayingRuleToADraft() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "FRANCHISEE", "2");

        Entity saved = addRule(draft, fixtures.ruleForm("SHARER", "10", false));

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals(Arrays.asList("FRANCHISEE", "SHARER"), fixtures.jdbc().queryForList(
                "select ROLE from GC_COMMISSION_RULE where PLAN_ID = ? order by ROLE", String.class, draft.id));
    }

    @Test
    void shouldRefuseARuleThatPaysNobodyOrMoreThanTheLine() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "FRANCHISEE", "2");

        Entity withoutRole = addRule(draft, fixtures.ruleForm(null, "5", false));
        Entity tooHigh = addRule(draft, fixtures.ruleForm("SHARER", "120", false));

        assertEquals(Collections.singletonList(CommissionPlanRules.ROLE_REQUIRED),
                withoutRole.getPropertyValidationErrors().get("role"));
        assertEquals(Collections.singletonList(CommissionPlanRules.RATE_OUT_OF_RANGE),
                tooHigh.getPropertyValidationErrors().get("ratePercent"));
        assertEquals(1, rulesOf(draft));
    }

    @Test
    void shouldAcceptAnExclusionOfEveryRole() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "FRANCHISEE", "2");

        Entity saved = addRule(draft, fixtures.ruleForm(null, null, true));

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals(2, rulesOf(draft));
    }

    @Test
    void shouldRefuseNewRulesOnAPublishedVersion() throws Exception {
        PlanRow published = rows.plan("RETIRED", LONG_AGO, "FRANCHISEE", "2");

        Entity saved = addRule(published, fixtures.ruleForm("SHARER", "10", false));

        assertEquals(Collections.singletonList(CommissionPlanRules.NOT_DRAFT), saved.getPropertyValidationErrors().get("role"));
        assertEquals(1, rulesOf(published));
    }

    @Test
    void shouldRefuseEditingAPublishedVersion() throws Exception {
        PlanRow published = rows.plan("RETIRED", LONG_AGO, "FRANCHISEE", "2");

        Entity saved = adminEntityService.updateEntity(fixtures.planForm(published.id, "Renamed", "30"), null, NO_CRUMBS)
                .getEntity();

        assertEquals(Collections.singletonList(CommissionPlanRules.NOT_DRAFT), saved.getPropertyValidationErrors().get("status"));
        assertEquals("Plan " + published.versionNo, fixtures.jdbc().queryForObject(
                "select NAME from GC_COMMISSION_PLAN where PLAN_ID = ?", String.class, published.id));
    }

    @Test
    void shouldSaveEditsOfADraft() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "FRANCHISEE", "2");

        Entity saved = adminEntityService.updateEntity(fixtures.planForm(draft.id, "Spring plan", "25"), null, NO_CRUMBS)
                .getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals("Spring plan", fixtures.jdbc().queryForObject(
                "select NAME from GC_COMMISSION_PLAN where PLAN_ID = ?", String.class, draft.id));
        assertEquals("DRAFT", fixtures.jdbc().queryForObject(
                "select STATUS from GC_COMMISSION_PLAN where PLAN_ID = ?", String.class, draft.id));
    }

    @Test
    void shouldOfferCategoriesAndProductsByNameThroughLookups() throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(CommissionRule.class.getName())).getDynamicResultSet().getClassMetaData();

        BasicFieldMetadata category = (BasicFieldMetadata) metadata.getPMap().get("category").getMetadata();
        BasicFieldMetadata product = (BasicFieldMetadata) metadata.getPMap().get("product").getMetadata();

        assertEquals(SupportedFieldType.ADDITIONAL_FOREIGN_KEY, category.getFieldType());
        assertEquals("name", category.getLookupDisplayProperty());
        assertEquals(SupportedFieldType.ADDITIONAL_FOREIGN_KEY, product.getFieldType());
        assertEquals("defaultSku.name", product.getLookupDisplayProperty());
    }

    @Test
    void shouldStoreTheCategoryPickedForARuleWhereTheRateEngineReadsIt() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "FRANCHISEE", "2");
        String name = "Dresses " + LedgerRows.nextId();
        long dresses = rows.category(name);
        EntityForm form = fixtures.ruleForm("SHARER", "10", false);
        form.addField(AdminFixtures.field("category", String.valueOf(dresses)));

        Entity saved = addRule(draft, form);

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals(dresses, ((Number) fixtures.jdbc().queryForObject("select CATEGORY_ID from GC_COMMISSION_RULE"
                + " where PLAN_ID = ? and ROLE = 'SHARER'", Object.class, draft.id)).longValue());
        assertEquals(name, saved.findProperty("category").getDisplayValue());
    }

    @Test
    void shouldShowAPublishedVersionReadOnlyWithoutSaveDeleteOrRuleActions() throws Exception {
        PlanRow published = rows.plan("ACTIVE", LONG_AGO, "FRANCHISEE", "2");

        EntityForm form = screen(published);

        assertTrue(form.getActions().isEmpty(), () -> "actions: " + form.getActions());
        assertTrue(form.getReadOnly());
        assertTrue(form.findField("name").getReadOnly());
        assertTrue(form.findField("capPercent").getReadOnly());
        ListGrid rules = form.findListGrid("rules");
        assertTrue(rules.getReadOnly());
        assertTrue(toolbarActions(rules).isEmpty(), () -> "rule actions: " + toolbarActions(rules));
        assertNotNull(form.findField("GcCommissionPlan_links"), "New version stays offered");
    }

    @Test
    void shouldShowARuleOfAPublishedVersionReadOnly() throws Exception {
        PlanRow published = rows.plan("RETIRED", LONG_AGO, "FRANCHISEE", "2");
        PlanRow draft = rows.plan("DRAFT", null, "SHARER", "10");

        assertTrue(ruleScreen(published).getReadOnly());
        assertFalse(Boolean.TRUE.equals(ruleScreen(draft).getReadOnly()));
    }

    @Test
    void shouldKeepADraftEditable() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "FRANCHISEE", "2");

        EntityForm form = screen(draft);

        assertFalse(Boolean.TRUE.equals(form.getReadOnly()));
        assertFalse(form.getActions().isEmpty(), "Save and Delete are offered");
        assertFalse(Boolean.TRUE.equals(form.findField("name").getReadOnly()));
        assertFalse(toolbarActions(form.findListGrid("rules")).isEmpty(), "rules can be added");
    }

    @Test
    void shouldRefuseToDeleteAPublishedVersion() throws Exception {
        PlanRow published = rows.plan("RETIRED", LONG_AGO, "FRANCHISEE", "2");

        assertThrows(Exception.class, () -> adminEntityService.removeEntity(fixtures.planForm(published.id, "Plan", "20"),
                null, NO_CRUMBS));

        assertEquals(1, (int) fixtures.jdbc().queryForObject("select count(*) from GC_COMMISSION_PLAN where PLAN_ID = ?",
                Integer.class, published.id));
    }

    /** The plan's screen as Broadleaf builds it for its edit page. */
    private EntityForm screen(PlanRow plan) throws Exception {
        PersistencePackageRequest section = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(CommissionPlan.class.getName());
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        Entity record = adminEntityService.getRecord(section, String.valueOf(plan.id), metadata, false)
                .getDynamicResultSet().getRecords()[0];
        Map<String, DynamicResultSet> rules = adminEntityService.getRecordsForAllSubCollections(section, record, NO_CRUMBS);
        return formBuilderService.createEntityForm(metadata, record, rules, NO_CRUMBS);
    }

    /** A rule's screen, as the plan's Rules list opens it. */
    private EntityForm ruleScreen(PlanRow plan) throws Exception {
        PersistencePackageRequest rules = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(CommissionRule.class.getName());
        ClassMetadata metadata = adminEntityService.getClassMetadata(rules).getDynamicResultSet().getClassMetaData();
        Entity record = adminEntityService.getRecord(rules, String.valueOf(plan.ruleId), metadata, true)
                .getDynamicResultSet().getRecords()[0];
        return formBuilderService.createEntityForm(metadata, record, new HashMap<String, DynamicResultSet>(), NO_CRUMBS);
    }

    private static List<ListGridAction> toolbarActions(ListGrid grid) {
        return grid.getActiveToolbarActions();
    }

    private Entity add(EntityForm form) throws Exception {
        return adminEntityService.addEntity(form, null, NO_CRUMBS).getEntity();
    }

    /** Adds a rule through the plan's Rules list, as the admin's collection screen does. */
    private Entity addRule(PlanRow plan, EntityForm form) throws Exception {
        PersistencePackageRequest section = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(CommissionPlan.class.getName());
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        Entity parent = adminEntityService.getRecord(section, String.valueOf(plan.id), metadata, false)
                .getDynamicResultSet().getRecords()[0];
        return adminEntityService.addSubCollectionEntity(form, metadata, metadata.getPMap().get("rules"), parent, NO_CRUMBS)
                .getEntity();
    }

    private int rulesOf(PlanRow plan) {
        return fixtures.jdbc().queryForObject("select count(*) from GC_COMMISSION_RULE where PLAN_ID = ?", Integer.class, plan.id);
    }
}
