package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.binding.service.BindingListener;
import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.membertag.dao.MemberTagStore;
import com.guidecommerce.core.membertag.dao.TagChange;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A member bound to a guide gets their facts row (registration and first binding) and their tags at once, so a new
 * member shows as NEW_MEMBER before they buy. The work runs just before the binding's transaction commits, after
 * every other binding listener: the member's tag lock is then taken last, as the order stream takes it last (after
 * the boards' figure rows), so a binding and a batch of the same guide and member at once cannot deadlock. A failure
 * still rolls the binding back. Bean {@code gcMemberTagBindingListener}; writes only the member tag tables.
 */
public class MemberTagBindingListener implements BindingListener {

    private final MemberTagStore store;
    private final MemberTagger tagger;

    public MemberTagBindingListener(MemberTagStore store, MemberTagger tagger) {
        this.store = store;
        this.tagger = tagger;
    }

    @Override
    public void onBound(final NewBinding binding) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tag(binding);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void beforeCommit(boolean readOnly) {
                tag(binding);
            }
        });
    }

    private void tag(NewBinding binding) {
        List<Long> member = Collections.singletonList(binding.getCustomerId());
        store.lockMembers(member);
        tagger.noteRegistrations(member);
        store.noteJoined(Collections.<Long, Date>emptyMap(),
                Collections.singletonMap(binding.getCustomerId(), binding.getAt()));
        tagger.retag(member, TagChange.Cause.BINDING, binding.getAt());
    }
}
