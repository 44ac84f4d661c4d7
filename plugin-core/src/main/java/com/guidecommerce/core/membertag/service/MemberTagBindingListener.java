package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.binding.service.BindingListener;
import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.membertag.dao.MemberTagStore;
import com.guidecommerce.core.membertag.dao.TagChange;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A member bound to a guide gets their facts row (registration and first binding) and their tags at once, so a new
 * member shows as NEW_MEMBER before they buy. Bean {@code gcMemberTagBindingListener}; writes only the member tag
 * tables.
 */
public class MemberTagBindingListener implements BindingListener {

    private final MemberTagStore store;
    private final MemberTagger tagger;

    public MemberTagBindingListener(MemberTagStore store, MemberTagger tagger) {
        this.store = store;
        this.tagger = tagger;
    }

    @Override
    public void onBound(NewBinding binding) {
        List<Long> member = Collections.singletonList(binding.getCustomerId());
        store.lockMembers(member);
        tagger.noteRegistrations(member);
        store.noteJoined(Collections.<Long, Date>emptyMap(),
                Collections.singletonMap(binding.getCustomerId(), binding.getAt()));
        tagger.retag(member, TagChange.Cause.BINDING, binding.getAt());
    }
}
