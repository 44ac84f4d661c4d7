package com.guidecommerce.admin.commission.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.core.commission.service.CommissionPlanException;
import com.guidecommerce.core.commission.service.CommissionPlanService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.LedgerRows.PlanRow;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.sql.Timestamp;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

/**
 * The Publish and New version pages over the real plan service and admin security, signed in as Broadleaf's master
 * role. Publications happen at a frozen moment before every other test's plan, so they never decide another test's rates.
 */
@ExtendWith(BroadleafContextExtension.class)
class CommissionPlanVersionControllerTest {

    private static final long LONG_AGO = LedgerRows.BEFORE_EVERY_PLAN;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcCommissionPlanService")
    CommissionPlanService planService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    AdminFixtures fixtures;
    LedgerRows rows;
    AutoCloseable entityManagerInView;
    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        rows = new LedgerRows(context);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
        SystemTime.setGlobalTimeSource(new FixedTimeSource(LONG_AGO));
    }

    @AfterEach
    void signOut() throws Exception {
        SystemTime.reset();
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldShowWhatPublishingADraftWillDo() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controller().showPublish(draft.id, model, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals("gc/commissionPlanVersion", model.get("viewType"));
        assertEquals(Boolean.TRUE, model.get("isDraft"));
        assertEquals(Boolean.TRUE, model.get("canChange"));
    }

    @Test
    void shouldPublishTheDraftAsTheSignedInAdmin() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().publish(draft.id, model, response);

        assertEquals(Boolean.TRUE, model.get("published"));
        Map<String, Object> stored = fixtures.jdbc().queryForMap(
                "select STATUS, PUBLISHED_BY from GC_COMMISSION_PLAN where PLAN_ID = ?", draft.id);
        assertEquals("ACTIVE", stored.get("STATUS"));
        assertEquals(AdminFixtures.ADMIN, stored.get("PUBLISHED_BY"));
        assertEquals(LONG_AGO, fixtures.jdbc().queryForObject("select EFFECTIVE_FROM from GC_COMMISSION_PLAN where PLAN_ID = ?",
                Timestamp.class, draft.id).getTime());
    }

    @Test
    void shouldSayWhyAPublishedVersionCannotBePublishedAgain() throws Exception {
        PlanRow retired = rows.plan("RETIRED", new Date(LONG_AGO), "BOUND_GUIDE", "5");
        ExtendedModelMap model = new ExtendedModelMap();

        controller().publish(retired.id, model, response);

        assertEquals(CommissionPlanException.NOT_DRAFT, model.get("errorKey"));
        assertNull(model.get("published"));
    }

    @Test
    void shouldRenderThePublishPageOfADraftAndOfAPublishedVersion() throws Exception {
        PlanRow draft = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        PlanRow retired = rows.plan("RETIRED", new Date(LONG_AGO), "SHARER", "10");
        ExtendedModelMap ofDraft = new ExtendedModelMap();
        ExtendedModelMap ofRetired = new ExtendedModelMap();
        controller().showPublish(draft.id, ofDraft, response);
        controller().showPublish(retired.id, ofRetired, response);

        String draftPage = new AdminPages(messageSource).render(ofDraft.asMap(), Locale.SIMPLIFIED_CHINESE);
        String retiredPage = new AdminPages(messageSource).render(ofRetired.asMap(), Locale.ENGLISH);

        assertTrue(draftPage.contains("id=\"gc-plan-publish-form\""), draftPage);
        assertTrue(draftPage.contains("\u4e13\u5c5e\u5bfc\u8d2d"), "the rule's role in Chinese: " + draftPage);
        assertTrue(retiredPage.contains("id=\"gc-plan-publish-not-draft\""), retiredPage);
        assertFalse(retiredPage.contains("gc-plan-publish-form"), retiredPage);
    }

    @Test
    void shouldRenderTheNewVersionPage() throws Exception {
        PlanRow retired = rows.plan("RETIRED", new Date(LONG_AGO), "SHARER", "10");
        ExtendedModelMap model = new ExtendedModelMap();
        controller().showNewVersion(retired.id, model, response);

        String page = new AdminPages(messageSource).render(model.asMap(), Locale.ENGLISH);

        assertTrue(page.contains("version " + planService.nextVersionNo() + ","), page);
        assertTrue(page.contains("id=\"gc-plan-new-version-form\""), page);
    }

    @Test
    void shouldCopyAVersionAndOpenTheNewDraft() throws Exception {
        PlanRow retired = rows.plan("RETIRED", new Date(LONG_AGO), "BOUND_GUIDE", "5");

        String view = controller().newVersion(retired.id, response);

        Long copyId = fixtures.jdbc().queryForObject("select max(PLAN_ID) from GC_COMMISSION_PLAN where CREATED_BY = ?"
                + " and STATUS = 'DRAFT'", Long.class, AdminFixtures.ADMIN);
        assertEquals("redirect:/gc-commission-plan/" + copyId, view);
        assertEquals(1, (int) fixtures.jdbc().queryForObject("select count(*) from GC_COMMISSION_RULE where PLAN_ID = ?",
                Integer.class, copyId));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPlan() throws Exception {
        assertNull(controller().showPublish(-1L, new ExtendedModelMap(), response));

        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private CommissionPlanVersionController controller() {
        return new CommissionPlanVersionController(planService, pageSupport);
    }
}
