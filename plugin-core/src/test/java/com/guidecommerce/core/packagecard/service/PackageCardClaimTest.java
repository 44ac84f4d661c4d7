package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.test.PackageCardFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Date;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A buyer claims the card from their parcel: bound to the store's guide and their platform buyer linked, so the
 * card's order and every other waiting order of theirs is attributed; or told why not.
 */
@ExtendWith(BroadleafContextExtension.class)
class PackageCardClaimTest {

    private static final long DAY = 86400000L;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcPackageCardService")
    PackageCardService service;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    private PackageCardFixtures cards;
    private OrganisationFixtures organisation;
    private Channel platform;
    private Store campaignStore;
    private Guide campaignGuide;
    private PackageCardCampaign campaign;
    private Date paidAt;

    @BeforeEach
    void campaignOfAPlatform() {
        cards = new PackageCardFixtures(context);
        organisation = new OrganisationFixtures(context);
        platform = cards.platform();
        campaignStore = organisation.store();
        campaignGuide = organisation.guide(campaignStore);
        long now = System.currentTimeMillis() / 1000 * 1000;
        paidAt = new Date(now - DAY);
        campaign = cards.campaign(platform, campaignStore, new Date(now - 10 * DAY), null, 30);
    }

    @Test
    void shouldLinkTheBuyerAndAttributeEveryWaitingOrderOfTheirsWhenAMemberClaimsTheCard() {
        cards.paidByBuyer(platform, "A1", "tb-buyer-1", null, paidAt);
        cards.paidByBuyer(platform, "A2", "tb-buyer-1", null, paidAt);
        Customer member = organisation.member();

        ClaimResult result = service.claim(service.open(service.cardCode(campaign.getId(), "A1")), member);

        assertEquals(ClaimOutcome.LINKED, result.getOutcome());
        assertEquals(2, result.getOrdersAttributed());
        assertEquals(member.getId(), cards.buyerOf(platform, "A1"));
        assertEquals(member.getId(), cards.buyerOf(platform, "A2"));
        MemberBinding binding = bindingService.findValidBinding(member.getId());
        assertEquals(campaignGuide.getId(), binding.getGuide().getId());
        assertEquals(BindingSource.PACKAGE_CARD, binding.getSource());
        assertEquals(1, cards.steps(campaign, "LINK"));
        assertEquals(1, cards.steps(campaign, "BIND"));
        assertEquals(1, cards.steps(campaign, "CLAIM"));
        assertEquals("PACKAGE_CARD", cards.matchedBy(platform, "A1"));
        assertTrue(cards.guideEntries(platform, "A1", campaignGuide.getId()) > 0,
                "the card's guide earns the card's order, paid before the buyer had a guide");
        assertTrue(cards.guideEntries(platform, "A2", campaignGuide.getId()) > 0,
                "and the buyer's other waiting order");
    }

    @Test
    void shouldChangeNothingWhenTheSameMemberClaimsTheCardAgain() {
        cards.paidByBuyer(platform, "B1", "tb-buyer-2", null, paidAt);
        Customer member = organisation.member();
        CardView card = service.open(service.cardCode(campaign.getId(), "B1"));
        service.claim(card, member);

        ClaimResult again = service.claim(card, member);

        assertEquals(ClaimOutcome.ALREADY_CLAIMED, again.getOutcome());
        assertEquals(1, bindingService.findHistory(member.getId()).size());
        assertEquals(1, cards.steps(campaign, "LINK"));
        assertEquals(1, cards.steps(campaign, "CLAIM"));
    }

    @Test
    void shouldLinkAndBindNothingWhenTheCardsOrderBelongsToAnotherAccount() {
        Customer owner = organisation.member();
        cards.paidByMember(platform, "C1", owner.getId(), paidAt);
        Customer stranger = organisation.member();

        ClaimResult result = service.claim(service.open(service.cardCode(campaign.getId(), "C1")), stranger);

        assertEquals(ClaimOutcome.OTHER_ACCOUNT, result.getOutcome());
        assertEquals(owner.getId(), cards.buyerOf(platform, "C1"));
        assertNull(bindingService.findValidBinding(stranger.getId()));
        assertEquals(0, cards.steps(campaign, "CLAIM"));
    }

    @Test
    void shouldOnlyBindWhenTheCardsOrderIsAlreadyTheMembers() {
        Customer member = organisation.member();
        cards.paidByMember(platform, "D1", member.getId(), paidAt);

        ClaimResult result = service.claim(service.open(service.cardCode(campaign.getId(), "D1")), member);

        assertEquals(ClaimOutcome.ALREADY_YOURS, result.getOutcome());
        assertEquals(BindingOutcome.BIND, result.getBinding().getOutcome());
        assertEquals(0, cards.steps(campaign, "LINK"));
    }

    @Test
    void shouldLinkTheOrderWhenItArrivesAfterTheCardWasClaimed() {
        Customer member = organisation.member();
        CardView card = service.open(service.cardCode(campaign.getId(), "E1"));

        ClaimResult result = service.claim(card, member);
        cards.paidByBuyer(platform, "E1", "tb-buyer-late", null, paidAt);

        assertEquals(ClaimOutcome.PENDING, result.getOutcome());
        assertEquals(BindingOutcome.BIND, result.getBinding().getOutcome());
        assertEquals(member.getId(), cards.buyerOf(platform, "E1"));
        assertTrue(cards.guideEntries(platform, "E1", campaignGuide.getId()) > 0, "the card's guide earns it");
        assertEquals(1, cards.steps(campaign, "LINK"));
        assertEquals(0, service.linkPendingClaims());
    }

    @Test
    void shouldOnlyBindForACardWithoutOrder() {
        Customer member = organisation.member();

        ClaimResult result = service.claim(service.open(service.cardCode(campaign.getId(), null)), member);

        assertEquals(ClaimOutcome.BOUND, result.getOutcome());
        assertEquals(campaignGuide.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
        assertEquals(0, cards.steps(campaign, "LINK"));
        assertEquals(1, cards.steps(campaign, "BIND"));
    }

    @Test
    void shouldBindToTheManagerOfTheStoreTheOrderNames() {
        Store orderStore = organisation.store();
        organisation.guide(orderStore);
        Guide manager = organisation.guide(orderStore, GuideRole.STORE_MANAGER, GuideStatus.ACTIVE);
        cards.paidByBuyer(platform, "F1", "tb-buyer-3", orderStore.getCode(), paidAt);

        CardView card = service.open(service.cardCode(campaign.getId(), "F1"));

        assertEquals(orderStore.getId(), card.getStore().getId());
        assertEquals(manager.getId(), card.getGuide().getId());
    }

    @Test
    void shouldKeepTheGuideAMemberAlreadyHas() {
        Customer member = organisation.member();
        Guide own = organisation.guide(organisation.store());
        bindingService.bind(member, own, BindingSource.STORE_QR, "shopper", null);
        cards.paidByBuyer(platform, "G1", "tb-buyer-4", null, paidAt);

        ClaimResult result = service.claim(service.open(service.cardCode(campaign.getId(), "G1")), member);

        assertEquals(ClaimOutcome.LINKED, result.getOutcome());
        assertEquals(BindingOutcome.KEEP_CURRENT, result.getBinding().getOutcome());
        assertEquals(own.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
        assertEquals(0, cards.steps(campaign, "BIND"));
        assertTrue(cards.guideEntries(platform, "G1", own.getId()) > 0, "the guide the member had when it was paid");
        assertEquals(0, cards.guideEntries(platform, "G1", campaignGuide.getId()));
    }

    @Test
    void shouldRefuseAForgedOrAlteredCode() {
        String genuine = service.cardCode(campaign.getId(), "H1");
        String otherOrder = genuine.replace("-H1-", "-H2-");

        PackageCardException refused = assertThrows(PackageCardException.class, () -> service.open(otherOrder));

        assertEquals(PackageCardException.INVALID_CODE, refused.getCode());
    }
}
