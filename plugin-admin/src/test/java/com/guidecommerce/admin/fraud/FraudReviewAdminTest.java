package com.guidecommerce.admin.fraud;

import com.guidecommerce.admin.fraud.rule.FraudReviewRules;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.GridColumns;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.fraud.domain.FraudSignalStatus;
import com.guidecommerce.core.fraud.service.FraudDetectionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Fraud Review section as the admin drives it, over a signal raised by the real detection. */
@ExtendWith(BroadleafContextExtension.class)
class FraudReviewAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcFraudDetectionService")
    FraudDetectionService fraudDetection;

    AdminFixtures fixtures;
    OrganisationFixtures organisation;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        organisation = new OrganisationFixtures(context);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldListTheGuidesOpenSignal() throws Exception {
        Guide guide = guideWhoBoundAColleague();

        DynamicResultSet grid = adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(FraudSignal.class.getName())
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {
                        new FilterAndSortCriteria("guide", String.valueOf(guide.getId()))}))
                .getDynamicResultSet();

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        assertEquals("EMPLOYEE_ACCOUNT", grid.getRecords()[0].findProperty("type").getValue());
        assertEquals("OPEN", grid.getRecords()[0].findProperty("status").getValue());
    }

    @Test
    void shouldFindTheGuidesSignalByTheGuideCodeTypedInTheSearchBox() throws Exception {
        Guide guide = guideWhoBoundAColleague();
        PersistencePackageRequest section = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(FraudSignal.class.getName());

        // Broadleaf's search box fills the filter of the grid's first column: the guide's code, not a time.
        assertEquals("guideCode", GridColumns.first(adminEntityService, section));
        DynamicResultSet grid = adminEntityService.getRecords(section.withFilterAndSortCriteria(
                new FilterAndSortCriteria[] {new FilterAndSortCriteria("guideCode", guide.getGuideCode())}))
                .getDynamicResultSet();

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        assertEquals(String.valueOf(guide.getId()), grid.getRecords()[0].findProperty("guide").getValue());
    }

    @Test
    void shouldSaveADismissalWithItsNote() throws Exception {
        FraudSignal signal = signalOf(guideWhoBoundAColleague());

        Entity saved = update(fixtures.fraudReviewForm(signal, FraudSignalStatus.DISMISSED, "A colleague who shops here."));

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        assertEquals("DISMISSED", stored(signal).get("STATUS"));
        assertEquals("A colleague who shops here.", stored(signal).get("REVIEW_NOTE"));
    }

    @Test
    void shouldRefuseEditingTheEvidence() throws Exception {
        FraudSignal signal = signalOf(guideWhoBoundAColleague());
        EntityForm form = fixtures.fraudReviewForm(signal, FraudSignalStatus.DISMISSED, "Nothing here.");
        form.addField(AdminFixtures.field("evidence", "nothing to see"));

        Entity saved = update(form);

        assertEquals(Collections.singletonList(FraudReviewRules.FIELD_LOCKED),
                saved.getPropertyValidationErrors().get("evidence"));
        assertEquals(signal.getEvidence(), stored(signal).get("EVIDENCE"));
        assertEquals("OPEN", stored(signal).get("STATUS"));
    }

    @Test
    void shouldRefuseReopeningAConfirmedSignalWithoutANewNote() throws Exception {
        FraudSignal signal = signalOf(guideWhoBoundAColleague());
        update(fixtures.fraudReviewForm(signal, FraudSignalStatus.CONFIRMED, "Bound a colleague to pad the count."));

        Entity saved = update(fixtures.fraudReviewForm(signal, FraudSignalStatus.OPEN, "Bound a colleague to pad the count."));

        assertEquals(Collections.singletonList(FraudReviewRules.REOPEN_NEEDS_NOTE),
                saved.getPropertyValidationErrors().get("reviewNote"));
        assertEquals("CONFIRMED", stored(signal).get("STATUS"));
    }

    /** A guide the detection put on the review list for binding a colleague's employee account. */
    private Guide guideWhoBoundAColleague() {
        Store store = organisation.store();
        Guide guide = organisation.guide(store);
        Guide colleague = organisation.guide(store);
        bindingService.bind(colleague.getCustomer(), guide, BindingSource.ADMIN, "hq", null);
        fraudDetection.detect(guide);
        return guide;
    }

    private FraudSignal signalOf(Guide guide) {
        List<FraudSignal> signals = fraudDetection.findSignalsOf(guide);
        assertEquals(1, signals.size());
        return signals.get(0);
    }

    private Entity update(EntityForm form) throws Exception {
        return adminEntityService.updateEntity(form, null, NO_CRUMBS).getEntity();
    }

    /** The signal's row as the database holds it, past the test's entity manager. */
    private Map<String, Object> stored(FraudSignal signal) {
        return fixtures.jdbc().queryForMap("select STATUS, REVIEW_NOTE, EVIDENCE from GC_FRAUD_SIGNAL where FRAUD_SIGNAL_ID = ?",
                signal.getId());
    }
}
