package com.guidecommerce.core.distribution.service;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.distribution.domain.DistributorEvent;
import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.rule.DistributionError;
import com.guidecommerce.core.distribution.rule.DistributionException;
import com.guidecommerce.core.distribution.rule.DistributionTerms;
import com.guidecommerce.core.distribution.rule.JoinOutcome;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;

import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recruiting and HQ's actions on the real database, through the service's beans. */
@ExtendWith(BroadleafContextExtension.class)
class DistributionServiceTest {

    private static final long DAY = 86_400_000L;

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    @Resource(name = "gcDistributionJoiner")
    DistributionJoiner joiner;

    @Resource(name = "gcOrganisationService")
    OrganisationService organisationService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    OrganisationFixtures organisation;
    Guide guide;
    Guide colleague;

    @BeforeEach
    void setUp() {
        organisation = new OrganisationFixtures(context);
        Store store = organisation.store();
        guide = organisation.guide(store);
        colleague = organisation.guide(store);
    }

    @Test
    void shouldInviteWithAnUnguessableTokenOpenForTheConfiguredDays() {
        clock.at(0);

        DistributorInvitation invitation = distributionService.invite(guide);

        assertTrue(invitation.getToken().matches("[0-9a-f]{32}"), invitation.getToken());
        assertEquals(clock.start() + 14 * DAY, invitation.getExpiresAt().getTime());
    }

    @Test
    void shouldMakeTheMemberAnActiveDistributorOfTheInvitingGuide() {
        Customer member = organisation.member();

        JoinResult result = distributionService.accept(distributionService.invite(guide).getToken(), member);

        assertEquals(JoinOutcome.JOINED, result.getOutcome());
        Distributor distributor = distributionService.findByCustomer(member.getId());
        assertEquals(DistributorStatus.ACTIVE, distributor.getStatus());
        assertEquals(guide.getId(), distributor.getGuide().getId());
        assertTrue(distributor.getCode().matches("D\\d{6}"), distributor.getCode());
        assertEquals(distributor.getId(), distributionService.findByCode(distributor.getCode()).getId());
        assertEquals(1L, distributionService.countCurrentOf(guide.getId()));
        DistributorEvent joined = distributionService.findHistory(distributor.getId()).get(0);
        assertEquals(DistributorAction.JOINED, joined.getAction());
        assertEquals(member.getUsername(), joined.getActor());
    }

    @Test
    void shouldWaitForApprovalWhenTheMerchantRequiresIt() {
        DistributionTerms defaults = joiner.terms;
        joiner.terms = new DistributionTerms(true, 1, 14);
        try {
            Customer member = organisation.member();

            JoinResult result = distributionService.accept(distributionService.invite(guide).getToken(), member);

            assertEquals(JoinOutcome.PENDING_APPROVAL, result.getOutcome());
            Distributor approved = distributionService.approve(result.getDistributor().getId(), "admin", "checked");
            assertEquals(DistributorStatus.ACTIVE, approved.getStatus());
        } finally {
            joiner.terms = defaults;
        }
    }

    @Test
    void shouldRefuseASecondMemberOnTheSameInvitation() {
        String token = distributionService.invite(guide).getToken();
        distributionService.accept(token, organisation.member());

        assertEquals(JoinRefusal.INVITATION_USED, distributionService.accept(token, organisation.member()).getRefusal());
    }

    @Test
    void shouldRefuseAnUnknownToken() {
        assertEquals(JoinRefusal.INVITATION_UNKNOWN,
                distributionService.accept("0123456789abcdef0123456789abcdef", organisation.member()).getRefusal());
    }

    @Test
    void shouldRefuseAnExpiredInvitation() {
        clock.at(0);
        String token = distributionService.invite(guide).getToken();
        clock.at(14 * DAY);

        assertEquals(JoinRefusal.INVITATION_EXPIRED, distributionService.accept(token, organisation.member()).getRefusal());
    }

    @Test
    void shouldRefuseTheGuidesOwnAccountAndAColleagues() {
        assertEquals(JoinRefusal.EMPLOYEE_ACCOUNT,
                distributionService.accept(distributionService.invite(guide).getToken(), guide.getCustomer()).getRefusal());
        assertEquals(JoinRefusal.EMPLOYEE_ACCOUNT, distributionService.accept(
                distributionService.invite(guide).getToken(), colleague.getCustomer()).getRefusal());
        assertNull(distributionService.findByCustomer(colleague.getCustomer().getId()));
    }

    @Test
    void shouldRefuseADeactivatedMember() {
        Customer member = organisation.member();
        member.setDeactivated(true);
        member = customerService.saveCustomer(member);

        assertEquals(JoinRefusal.MEMBER_DEACTIVATED,
                distributionService.accept(distributionService.invite(guide).getToken(), member).getRefusal());
    }

    @Test
    void shouldRefuseAMemberWhoIsAlreadyAnotherGuidesDistributor() {
        Customer member = organisation.member();
        distributionService.accept(distributionService.invite(colleague).getToken(), member);

        JoinResult second = distributionService.accept(distributionService.invite(guide).getToken(), member);

        assertEquals(JoinRefusal.ALREADY_DISTRIBUTOR, second.getRefusal());
        assertEquals(colleague.getId(), distributionService.findByCustomer(member.getId()).getGuide().getId());
    }

    @Test
    void shouldRefuseAnInvitationOfAGuideWhoHasSinceDeparted() {
        String token = distributionService.invite(guide).getToken();
        guide.setStatus(GuideStatus.DEPARTED);
        guide = organisationService.saveGuide(guide);

        assertEquals(JoinRefusal.GUIDE_INACTIVE, distributionService.accept(token, organisation.member()).getRefusal());
        DistributionException refused = assertThrows(DistributionException.class,
                () -> distributionService.invite(guide));
        assertEquals(DistributionError.GUIDE_INACTIVE, refused.getError());
    }

    @Test
    void shouldRecordEveryHqActionWithItsActorGuidesAndReason() {
        Long id = joinedDistributorOf(guide).getId();

        distributionService.suspend(id, "hq-anna", "complaint");
        distributionService.reactivate(id, "hq-anna", "resolved");
        distributionService.move(id, colleague.getId(), "hq-ben", "guide asked");
        Distributor ended = distributionService.end(id, "hq-ben", "left the brand");

        assertEquals(DistributorStatus.ENDED, ended.getStatus());
        List<DistributorEvent> history = distributionService.findHistory(id);
        assertEquals(5, history.size());
        DistributorEvent moved = history.get(1);
        assertEquals(DistributorAction.MOVED, moved.getAction());
        assertEquals(guide.getId(), moved.getGuideBefore().getId());
        assertEquals(colleague.getId(), moved.getGuideAfter().getId());
        assertEquals("hq-ben", moved.getActor());
        assertEquals("guide asked", moved.getReason());
        assertEquals(0L, distributionService.countCurrentOf(colleague.getId()));
    }

    @Test
    void shouldRefuseAnHqActionWithoutAReasonAndChangeNothing() {
        Long id = joinedDistributorOf(guide).getId();

        DistributionException refused = assertThrows(DistributionException.class,
                () -> distributionService.suspend(id, "hq-anna", " "));

        assertEquals(DistributionError.REASON_REQUIRED, refused.getError());
        assertEquals(DistributorStatus.ACTIVE, distributionService.findById(id).getStatus());
        assertEquals(1, distributionService.findHistory(id).size());
    }

    @Test
    void shouldRefuseToMoveADistributorToAnInactiveGuide() {
        Long id = joinedDistributorOf(guide).getId();
        colleague.setStatus(GuideStatus.SUSPENDED);
        Guide suspended = organisationService.saveGuide(colleague);

        DistributionException refused = assertThrows(DistributionException.class,
                () -> distributionService.move(id, suspended.getId(), "hq-anna", "test"));

        assertEquals(DistributionError.GUIDE_INACTIVE, refused.getError());
    }

    @Test
    void shouldLetAnEndedDistributorJoinAgainKeepingTheirCode() {
        Distributor first = joinedDistributorOf(guide);
        distributionService.end(first.getId(), "hq-anna", "inactive for a year");

        JoinResult again = distributionService.accept(distributionService.invite(colleague).getToken(),
                first.getMember());

        assertEquals(JoinOutcome.JOINED, again.getOutcome());
        Distributor now = distributionService.findByCustomer(first.getMember().getId());
        assertEquals(first.getCode(), now.getCode());
        assertEquals(colleague.getId(), now.getGuide().getId());
        assertNull(now.getEndedAt());
    }

    private Distributor joinedDistributorOf(Guide recruiter) {
        return distributionService.accept(distributionService.invite(recruiter).getToken(), organisation.member())
                .getDistributor();
    }
}
