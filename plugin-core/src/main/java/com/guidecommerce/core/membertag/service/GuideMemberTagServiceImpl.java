package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.membertag.dao.GuideMemberStore;
import com.guidecommerce.core.membertag.dao.GuideNote;
import com.guidecommerce.core.membertag.dao.MemberTagQueries;
import com.guidecommerce.core.membertag.rule.GuideTagRules;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.MemberTagError;
import com.guidecommerce.core.membertag.rule.MemberTagException;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Checks the binding, then reads or writes the guide's own rows; writes in Broadleaf's transaction manager. */
public class GuideMemberTagServiceImpl implements GuideMemberTagService {

    private final GuideMemberStore store;
    private final MemberTagQueries queries;
    private final BindingService bindings;

    public GuideMemberTagServiceImpl(GuideMemberStore store, MemberTagQueries queries, BindingService bindings) {
        this.store = store;
        this.queries = queries;
        this.bindings = bindings;
    }

    @Override
    public List<String> ownTagsOf(Long guideId, Long customerId) {
        requireBound(guideId, customerId);
        return store.tagsOf(guideId, customerId);
    }

    @Override
    public List<String> ownTagsOfGuide(Long guideId) {
        return store.tagsOfGuide(guideId);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean addTag(Long guideId, Long customerId, String tag) {
        String clean = GuideTagRules.tag(tag);
        requireBound(guideId, customerId);
        return store.addTag(guideId, customerId, clean, SystemTime.asDate());
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean removeTag(Long guideId, Long customerId, String tag) {
        requireBound(guideId, customerId);
        return tag != null && store.removeTag(guideId, customerId, tag.trim());
    }

    @Override
    public List<GuideNote> notesOf(Long guideId, Long customerId) {
        requireBound(guideId, customerId);
        return store.notesOf(guideId, customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public GuideNote addNote(Long guideId, Long customerId, String body) {
        String clean = GuideTagRules.note(body);
        requireBound(guideId, customerId);
        return store.addNote(guideId, customerId, clean, SystemTime.asDate());
    }

    @Override
    @Transactional("blTransactionManager")
    public void deleteNote(Long guideId, Long noteId) {
        if (noteId == null || !store.deleteNote(guideId, noteId)) {
            throw new MemberTagException(MemberTagError.NOTE_NOT_FOUND, "No note " + noteId + " of guide " + guideId);
        }
    }

    @Override
    public boolean isBoundTo(Long guideId, Long customerId) {
        if (guideId == null || customerId == null) {
            return false;
        }
        MemberBinding binding = bindings.findValidBinding(customerId);
        return binding != null && guideId.equals(binding.getGuide().getId());
    }

    @Override
    public List<Long> membersTagged(Long guideId, Collection<MemberTag> tags, Collection<String> ownTags, int offset,
                                    int limit) {
        return queries.members(tags, clean(ownTags), MemberScope.guide(guideId), SystemTime.asDate(), offset, limit);
    }

    @Override
    public long countMembersTagged(Long guideId, Collection<MemberTag> tags, Collection<String> ownTags) {
        return queries.count(tags, clean(ownTags), MemberScope.guide(guideId), SystemTime.asDate());
    }

    private void requireBound(Long guideId, Long customerId) {
        if (!isBoundTo(guideId, customerId)) {
            throw new MemberTagException(MemberTagError.NOT_YOUR_MEMBER, "Member " + customerId
                    + " is not bound to guide " + guideId);
        }
    }

    private static List<String> clean(Collection<String> ownTags) {
        LinkedHashSet<String> clean = new LinkedHashSet<String>();
        for (String tag : ownTags) {
            if (tag != null && !tag.trim().isEmpty()) {
                clean.add(tag.trim());
            }
        }
        return new ArrayList<String>(clean);
    }
}
