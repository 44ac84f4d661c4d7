package com.guidecommerce.core.organisation;

import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.StoreChangeService;
import com.guidecommerce.core.organisation.service.StoreChangeService.MemberHandling;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A guide changes store, keeping or releasing their members, on the real database. */
@ExtendWith(BroadleafContextExtension.class)
class StoreChangeServiceTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcStoreChangeService")
    StoreChangeService storeChangeService;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    OrganisationFixtures organisation;
    Store from;
    Store to;
    Guide guide;
    Customer member;

    @BeforeEach
    void setUp() {
        organisation = new OrganisationFixtures(context);
        from = organisation.store();
        to = organisation.store();
        guide = organisation.guide(from);
        member = organisation.member();
        bindingService.bind(member, guide, BindingSource.STORE_QR, "shopper", null);
    }

    @Test
    void shouldKeepTheMembersWithTheGuideWhenAsked() {
        int released = storeChangeService.moveToStore(guide, to, MemberHandling.KEEP, "admin");

        assertEquals(0, released);
        assertEquals(to.getId(), organisationService.findGuideByCode(guide.getGuideCode()).getStore().getId());
        assertEquals(guide.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
    }

    @Test
    void shouldReleaseTheMembersAndRecordWhyWhenAsked() {
        Customer another = organisation.member();
        bindingService.bind(another, guide, BindingSource.STORE_QR, "shopper", null);

        int released = storeChangeService.moveToStore(guide, to, MemberHandling.RELEASE, "admin");

        assertEquals(2, released);
        assertNull(bindingService.findValidBinding(member.getId()));
        BindingRecord latest = bindingService.findHistory(member.getId()).get(0);
        assertEquals(BindingAction.RELEASED, latest.getAction());
        assertNull(latest.getGuide());
        assertEquals(guide.getId(), latest.getPreviousGuide().getId());
        assertEquals("admin", latest.getActor());
        assertEquals(0, bindingService.countMembersOf(guide));
    }

    @Test
    void shouldLetAnotherGuideBindAReleasedMember() {
        storeChangeService.moveToStore(guide, to, MemberHandling.RELEASE, "admin");
        Guide successor = organisation.guide(from);

        bindingService.bind(member, successor, BindingSource.STORE_QR, "shopper", null);

        assertEquals(successor.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
    }

    @Test
    void shouldRefuseToMoveADepartedGuide() {
        Guide departed = organisation.guide(from, GuideRole.GUIDE, GuideStatus.DEPARTED);

        assertThrows(IllegalStateException.class,
                () -> storeChangeService.moveToStore(departed, to, MemberHandling.KEEP, "admin"));
    }

    @Test
    void shouldRefuseAMoveToTheSameStore() {
        assertThrows(IllegalStateException.class,
                () -> storeChangeService.moveToStore(guide, from, MemberHandling.KEEP, "admin"));
        assertEquals(guide.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
    }
}
