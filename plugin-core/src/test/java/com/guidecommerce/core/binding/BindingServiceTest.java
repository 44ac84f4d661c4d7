package com.guidecommerce.core.binding;

import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingDecision;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingResult;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Binding through the real service and database: policies applied, history appended, members listed per guide. */
@ExtendWith(BroadleafContextExtension.class)
class BindingServiceTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    OrganisationFixtures organisation;
    Store store;

    @BeforeEach
    void setUp() {
        organisation = new OrganisationFixtures(context);
        store = organisation.store();
    }

    @Test
    void shouldBindAMemberAndRecordWhereTheBindingCameFrom() {
        Guide guide = organisation.guide(store);
        Customer member = organisation.member();

        BindingResult result = bindingService.bind(member, guide, BindingSource.STORE_QR, member.getUsername(), "poster");

        assertEquals(BindingOutcome.BIND, result.getOutcome());
        assertEquals(guide.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
        List<BindingRecord> history = bindingService.findHistory(member.getId());
        assertEquals(1, history.size());
        assertEquals(BindingAction.BOUND, history.get(0).getAction());
        assertEquals(BindingSource.STORE_QR, history.get(0).getSource());
        assertEquals("poster", history.get(0).getReason());
        assertNull(history.get(0).getPreviousGuide());
    }

    @Test
    void shouldKeepAMemberWithTheirGuideDuringProtection() {
        Guide first = organisation.guide(store);
        Guide second = organisation.guide(store);
        Customer member = organisation.member();
        bindingService.bind(member, first, BindingSource.STORE_QR, "shopper", null);

        BindingResult result = bindingService.bind(member, second, BindingSource.STORE_QR, "shopper", null);

        assertEquals(BindingOutcome.KEEP_CURRENT, result.getOutcome());
        assertEquals(BindingDecision.PROTECTED, result.getReason());
        assertEquals(first.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
        assertEquals(1, bindingService.findHistory(member.getId()).size());
    }

    @Test
    void shouldRecordThePreviousGuideWhenHeadquartersMovesAMember() {
        Guide first = organisation.guide(store);
        Guide second = organisation.guide(store);
        Customer member = organisation.member();
        bindingService.bind(member, first, BindingSource.STORE_QR, "shopper", null);

        BindingResult result = bindingService.bind(member, second, BindingSource.ADMIN, "admin", "customer asked");

        assertEquals(BindingOutcome.TRANSFER, result.getOutcome());
        assertEquals(first.getId(), result.getPreviousGuide().getId());
        BindingRecord latest = bindingService.findHistory(member.getId()).get(0);
        assertEquals(BindingAction.TRANSFERRED, latest.getAction());
        assertEquals(first.getId(), latest.getPreviousGuide().getId());
        assertEquals(second.getId(), latest.getGuide().getId());
        assertEquals("admin", latest.getActor());
    }

    @Test
    void shouldRefuseToBindAGuidesOwnAccount() {
        Guide guide = organisation.guide(store);

        BindingResult result = bindingService.bind(guide.getCustomer(), guide, BindingSource.STORE_QR, "g", null);

        assertEquals(BindingOutcome.REFUSED, result.getOutcome());
        assertEquals(BindingDecision.SELF_BINDING, result.getReason());
        assertNull(bindingService.findValidBinding(guide.getCustomer().getId()));
    }

    @Test
    void shouldRefuseADepartedGuide() {
        Guide departed = organisation.guide(store, GuideRole.GUIDE, GuideStatus.DEPARTED);
        Customer member = organisation.member();

        BindingResult result = bindingService.bind(member, departed, BindingSource.STORE_QR, "shopper", null);

        assertEquals(BindingOutcome.REFUSED, result.getOutcome());
        assertNull(bindingService.findValidBinding(member.getId()));
    }

    @Test
    void shouldRefuseToBindAGuideToAColleagueThroughTheirCode() {
        Guide guide = organisation.guide(store);
        Guide colleague = organisation.guide(store);

        BindingResult result = bindingService.bind(colleague.getCustomer(), guide, BindingSource.STORE_QR, "colleague",
                null);

        assertEquals(BindingOutcome.REFUSED, result.getOutcome());
        assertEquals(BindingDecision.EMPLOYEE_ACCOUNT, result.getReason());
        assertNull(bindingService.findValidBinding(colleague.getCustomer().getId()));
        assertTrue(bindingService.findHistory(colleague.getCustomer().getId()).isEmpty());
    }

    @Test
    void shouldFlagAnotherGuidesEmployeeAccountInTheHistory() {
        Guide guide = organisation.guide(store);
        Guide colleague = organisation.guide(store);

        bindingService.bind(colleague.getCustomer(), guide, BindingSource.ADMIN, "hq", null);

        assertEquals(BindingReasons.EMPLOYEE_ACCOUNT.format(),
                bindingService.findHistory(colleague.getCustomer().getId()).get(0).getReason());
    }

    @Test
    void shouldListOnlyTheGuidesOwnMembers() {
        Guide guide = organisation.guide(store);
        Guide other = organisation.guide(store);
        Customer mine = organisation.member();
        Customer theirs = organisation.member();
        bindingService.bind(mine, guide, BindingSource.STORE_QR, "shopper", null);
        bindingService.bind(theirs, other, BindingSource.STORE_QR, "shopper", null);

        assertEquals(1, bindingService.countMembersOf(guide));
        assertEquals(mine.getId(), bindingService.findMembersOf(guide, 0, 20).get(0).getMember().getId());
    }
}
