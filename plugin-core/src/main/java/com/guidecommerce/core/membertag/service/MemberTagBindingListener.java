package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.binding.service.BindingListener;
import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.membertag.dao.MemberTagStore;
import com.guidecommerce.core.membertag.dao.TagChange;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A member bound to a guide gets their facts row (registration and first binding) and their tags at once, so a new
 * member shows as NEW_MEMBER before they buy. The tags are written right after the binding commits, in a transaction
 * of their own (tried again when the database breaks a lock conflict): a binding never waits for, nor fails because
 * of, the member's tag lock, which the order stream holds while it writes the boards' figures. Should the tags still
 * not be written, the error is logged and the member's next order or binding writes them. Bean
 * {@code gcMemberTagBindingListener}; writes only the member tag tables.
 */
public class MemberTagBindingListener implements BindingListener {

    static final int ATTEMPTS = 3;

    private static final Log LOG = LogFactory.getLog(MemberTagBindingListener.class);

    private final MemberTagStore store;
    private final MemberTagger tagger;
    private final TransactionTemplate ownTransaction;

    public MemberTagBindingListener(MemberTagStore store, MemberTagger tagger,
                                    PlatformTransactionManager transactionManager) {
        this.store = store;
        this.tagger = tagger;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void onBound(final NewBinding binding) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tagWithRetries(binding);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                tagWithRetries(binding);
            }
        });
    }

    private void tagWithRetries(NewBinding binding) {
        for (int attempt = 1; ; attempt++) {
            try {
                tag(binding);
                return;
            } catch (ConcurrencyFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    LOG.error("Tags of member " + binding.getCustomerId() + " were not written after their binding to"
                            + " guide " + binding.getGuideId() + "; their next order or binding writes them", conflict);
                    return;
                }
            }
        }
    }

    private void tag(final NewBinding binding) {
        ownTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                List<Long> member = Collections.singletonList(binding.getCustomerId());
                store.lockMembers(member);
                tagger.noteRegistrations(member);
                store.noteJoined(Collections.<Long, Date>emptyMap(),
                        Collections.singletonMap(binding.getCustomerId(), binding.getAt()));
                tagger.retag(member, TagChange.Cause.BINDING, binding.getAt());
            }
        });
    }
}
