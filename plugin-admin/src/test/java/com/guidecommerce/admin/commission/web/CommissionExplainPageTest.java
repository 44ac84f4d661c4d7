package com.guidecommerce.admin.commission.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.commission.service.CommissionExplainService;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.LedgerRows.PlanRow;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.util.Date;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Explain page of a ledger entry, from the controller's model to the rendered template: rows written as the
 * ingest pipeline writes them, explained by the real service, rendered by Thymeleaf the way the admin parses its
 * templates (as XML) with the plugin's messages.
 */
@ExtendWith(BroadleafContextExtension.class)
class CommissionExplainPageTest {

    private static final Date PAID_AT = new Date(1700000000000L);

    @Resource
    ApplicationContext context;

    @Resource(name = "gcCommissionExplainService")
    CommissionExplainService explainService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    AdminFixtures fixtures;
    AutoCloseable entityManagerInView;
    LedgerRows rows;
    Guide guide;
    Customer member;
    BindingRecord binding;
    String orderNo;
    long entry;

    @BeforeEach
    void ledgerEntryOfABoundMember() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
        rows = new LedgerRows(context);
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        guide = organisation.guide(organisation.store());
        member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
        binding = bindingService.findHistory(member.getId()).get(0);
        String channel = rows.channel();
        PlanRow plan = rows.plan("RETIRED", new Date(0L), "BOUND_GUIDE", "5");
        LedgerRows.OrderRow order = rows.order(channel, PAID_AT).member(member).boundGuide(guide, binding.getId());
        orderNo = order.orderNo();
        long orderId = order.insert();
        long line = rows.line(orderId, "1", "SKU-EXPLAIN", "Silk scarf", "199.00", "0.00");
        entry = rows.entry(channel, orderId, line)
                .beneficiary("BOUND_GUIDE", "GUIDE", guide.getId(), guide.getGuideCode(), guide.getName())
                .amounts("199.00", "5.0000", "9.95").attribution(member.getId(), binding.getId(), null)
                .plan(plan, Note.of("rule.rate", Note.label("CommissionRole_BOUND_GUIDE")).format()).insert();
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldRenderWhyTheEntryExistsInChinese() throws Exception {
        String page = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(page.contains("\u4f63\u91d1\u8bf4\u660e"), () -> "the title says 佣金说明 in " + page);
        assertTrue(page.contains(orderNo), () -> "the order number in " + page);
        assertTrue(page.contains("SKU-EXPLAIN"), () -> "the line's SKU in " + page);
        assertTrue(page.contains(guide.getGuideCode()), () -> "the bound guide in " + page);
        assertTrue(page.contains("\u7ed1\u5b9a\u8bb0\u5f55 " + binding.getId()), () -> "the binding record in " + page);
        assertTrue(page.contains("\u4e13\u5c5e\u5bfc\u8d2d\u6bd4\u4f8b\uff1a5 %"), () -> "the rule's scope in " + page);
        assertTrue(page.contains("\u00a5199.00 x 5 % = \u00a59.95"), () -> "base, rate and amount in " + page);
        assertTrue(page.contains("\u4e13\u5c5e\u5bfc\u8d2d"), () -> "the role, translated in " + page);
    }

    @Test
    void shouldRenderTheExplanationInEnglish() throws Exception {
        String page = render(Locale.ENGLISH);

        assertTrue(page.contains("Why ledger entry " + entry + " exists"), () -> page);
        assertTrue(page.contains(member.getUsername()), () -> "the member in " + page);
        assertTrue(page.contains("Rate for Bound guide: 5 %"), () -> "the rule's scope in " + page);
        assertTrue(page.contains("199.00 x 5 % = "), () -> "base, rate and amount in " + page);
        assertTrue(page.contains("/gc-commission-entry/" + entry), () -> "the link back to the entry in " + page);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownEntry() throws Exception {
        String view = new CommissionExplainController(explainService, pageSupport).show(-1L, new ExtendedModelMap(), response);

        assertEquals(null, view);
        Mockito.verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private String render(Locale locale) throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = new CommissionExplainController(explainService, pageSupport).show(entry, model, response);
        assertEquals("modules/defaultContainer", view);
        assertEquals("gc/commissionExplain", model.get("viewType"));

        return new AdminPages(messageSource).render(model.asMap(), locale);
    }
}
