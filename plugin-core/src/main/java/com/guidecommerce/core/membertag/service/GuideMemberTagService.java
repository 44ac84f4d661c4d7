package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.membertag.dao.GuideNote;
import com.guidecommerce.core.membertag.rule.MemberTag;

import java.util.Collection;
import java.util.List;

/**
 * A guide's own tags and notes on their members, private to the guide who wrote them. Every call names the guide and
 * works only on members validly bound to that guide now (else {@link
 * com.guidecommerce.core.membertag.rule.MemberTagError#NOT_YOUR_MEMBER}). After a transfer the tags and notes stay
 * with the guide who wrote them: the new guide starts without them and the old guide no longer reaches them (they
 * come back to the old guide if the member is bound to them again). Bean {@code gcGuideMemberTagService}.
 */
public interface GuideMemberTagService {

    List<String> ownTagsOf(Long guideId, Long customerId);

    /** Every own tag the guide uses (for their filter). */
    List<String> ownTagsOfGuide(Long guideId);

    /** @return whether it was added (false when the member had it already) */
    boolean addTag(Long guideId, Long customerId, String tag);

    boolean removeTag(Long guideId, Long customerId, String tag);

    List<GuideNote> notesOf(Long guideId, Long customerId);

    GuideNote addNote(Long guideId, Long customerId, String body);

    /** Deletes one of the guide's own notes; a note of someone else is {@code NOTE_NOT_FOUND}. */
    void deleteNote(Long guideId, Long noteId);

    /** Whether the member is validly bound to the guide now. */
    boolean isBoundTo(Long guideId, Long customerId);

    /** The guide's members holding every automatic tag and every own tag given, ascending id. */
    List<Long> membersTagged(Long guideId, Collection<MemberTag> tags, Collection<String> ownTags, int offset,
                             int limit);

    long countMembersTagged(Long guideId, Collection<MemberTag> tags, Collection<String> ownTags);
}
