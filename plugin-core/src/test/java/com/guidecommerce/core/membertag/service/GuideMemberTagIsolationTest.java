package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.membertag.dao.GuideNote;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.MemberTagError;
import com.guidecommerce.core.membertag.rule.MemberTagException;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guide's own tags and notes are theirs alone: another guide neither sees nor edits them, nobody tags a member not
 * bound to them, and after a transfer they stay with the guide who wrote them, out of both guides' reach.
 */
@ExtendWith(BroadleafContextExtension.class)
class GuideMemberTagIsolationTest {

    private static final List<MemberTag> NO_TAGS = Collections.emptyList();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcGuideMemberTagService")
    GuideMemberTagService service;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcMemberTagService")
    MemberTagService tags;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    Guide guideA;
    Guide guideB;
    Customer memberOfA;
    Customer memberOfB;

    @BeforeEach
    void setUp() {
        OrganisationFixtures organisation = new OrganisationFixtures(context);
        Store store = organisation.store();
        guideA = organisation.guide(store);
        guideB = organisation.guide(store);
        memberOfA = organisation.member();
        memberOfB = organisation.member();
        assertTrue(bindingService.bind(memberOfA, guideA, BindingSource.STORE_QR, "shopper", null)
                .isBoundToRequestedGuide(guideA));
        assertTrue(bindingService.bind(memberOfB, guideB, BindingSource.STORE_QR, "shopper", null)
                .isBoundToRequestedGuide(guideB));
    }

    @Test
    void shouldKeepAGuidesTagsAndNotesFromAnotherGuide() {
        assertTrue(service.addTag(guideA.getId(), memberOfA.getId(), " 爱买面霜 "));
        assertFalse(service.addTag(guideA.getId(), memberOfA.getId(), "爱买面霜"), "the same tag twice is one");
        GuideNote note = service.addNote(guideA.getId(), memberOfA.getId(), "Prefers calls after 18:00");
        service.addTag(guideB.getId(), memberOfB.getId(), "VIP");

        assertEquals(Arrays.asList("爱买面霜"), service.ownTagsOf(guideA.getId(), memberOfA.getId()));
        assertEquals(Arrays.asList("VIP"), service.ownTagsOfGuide(guideB.getId()));
        assertEquals(Arrays.asList("爱买面霜"), service.ownTagsOfGuide(guideA.getId()));
        refused(MemberTagError.NOT_YOUR_MEMBER, () -> service.ownTagsOf(guideB.getId(), memberOfA.getId()));
        refused(MemberTagError.NOT_YOUR_MEMBER, () -> service.notesOf(guideB.getId(), memberOfA.getId()));
        refused(MemberTagError.NOT_YOUR_MEMBER, () -> service.addTag(guideB.getId(), memberOfA.getId(), "x"));
        refused(MemberTagError.NOT_YOUR_MEMBER, () -> service.removeTag(guideB.getId(), memberOfA.getId(), "爱买面霜"));
        refused(MemberTagError.NOT_YOUR_MEMBER, () -> service.addNote(guideB.getId(), memberOfA.getId(), "x"));
        refused(MemberTagError.NOTE_NOT_FOUND, () -> service.deleteNote(guideB.getId(), note.getId()));
        assertEquals(1, service.notesOf(guideA.getId(), memberOfA.getId()).size(), "A's note is still there");
        assertEquals(Arrays.asList(memberOfA.getId()),
                service.membersTagged(guideA.getId(), NO_TAGS, Arrays.asList("爱买面霜"), 0, 10));
        assertEquals(0, service.countMembersTagged(guideB.getId(), NO_TAGS, Arrays.asList("爱买面霜")));
    }

    @Test
    void shouldRefuseToTagAMemberNotBoundToTheGuideAndBadInput() {
        Customer stranger = new OrganisationFixtures(context).member();

        refused(MemberTagError.NOT_YOUR_MEMBER, () -> service.addTag(guideA.getId(), stranger.getId(), "VIP"));
        refused(MemberTagError.TAG_INVALID, () -> service.addTag(guideA.getId(), memberOfA.getId(), "  "));
        refused(MemberTagError.TAG_INVALID, () -> service.addTag(guideA.getId(), memberOfA.getId(), "a,b"));
        refused(MemberTagError.NOTE_INVALID, () -> service.addNote(guideA.getId(), memberOfA.getId(), ""));
        assertEquals(Collections.emptyList(), service.ownTagsOf(guideA.getId(), memberOfA.getId()));
    }

    @Test
    void shouldLeaveTagsAndNotesWithTheirWriterAfterATransfer() {
        service.addTag(guideA.getId(), memberOfA.getId(), "VIP");
        service.addNote(guideA.getId(), memberOfA.getId(), "Sensitive skin");

        new TransactionTemplate(transactionManager).execute(status -> bindingService.transferWithinTransaction(
                memberOfA, guideB, BindingSource.DEPARTURE_TRANSFER, "hq-admin", "guide left"));

        assertEquals(Collections.emptyList(), service.ownTagsOf(guideB.getId(), memberOfA.getId()));
        assertEquals(Collections.emptyList(), service.notesOf(guideB.getId(), memberOfA.getId()));
        refused(MemberTagError.NOT_YOUR_MEMBER, () -> service.notesOf(guideA.getId(), memberOfA.getId()));
        assertEquals(0, service.countMembersTagged(guideA.getId(), NO_TAGS, Arrays.asList("VIP")));
        assertEquals(0, service.countMembersTagged(guideB.getId(), NO_TAGS, Arrays.asList("VIP")));
        assertEquals(2, service.countMembersTagged(guideB.getId(), NO_TAGS, Collections.<String>emptyList()));
    }

    @Test
    void shouldTagANewlyBoundMemberNewAtOnceAndListThemForTheirGuideAndStore() {
        assertTrue(tags.hasTag(memberOfA.getId(), TagCode.NEW_MEMBER, null));
        List<MemberTag> newMembers = Arrays.asList(MemberTag.of(TagCode.NEW_MEMBER));

        assertEquals(Arrays.asList(memberOfA.getId()),
                tags.membersWith(newMembers, MemberScope.guide(guideA.getId()), 0, 10));
        assertEquals(2, tags.countMembersWith(newMembers, MemberScope.store(guideA.getStore().getId())));
        assertEquals(Long.valueOf(2), tags.countsByTag(MemberScope.store(guideA.getStore().getId()))
                .get("NEW_MEMBER"));
        assertEquals(Arrays.asList("ADDED NEW_MEMBER (BINDING)"), new MemberTagFixtures(context).history(memberOfA));
    }

    private static void refused(MemberTagError error, Executable call) {
        assertEquals(error, assertThrows(MemberTagException.class, call).getError());
    }
}
