package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.membertag.dao.HeldTag;
import com.guidecommerce.core.membertag.dao.MemberTagQueries;
import com.guidecommerce.core.membertag.dao.MemberTagStore;
import com.guidecommerce.core.membertag.dao.TagChange;
import com.guidecommerce.core.membertag.dao.TagHistoryRow;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.membertag.rule.TagRule;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Reads tags through {@link MemberTagQueries}; the daily recomputation runs chunk by chunk, each in its own transaction. */
public class MemberTagServiceImpl implements MemberTagService {

    static final int MEMBERS_PER_TRANSACTION = 200;

    private final MemberTagStore store;
    private final MemberTagQueries queries;
    private final MemberTagger tagger;
    private final TransactionTemplate transactions;

    public MemberTagServiceImpl(MemberTagStore store, MemberTagQueries queries, MemberTagger tagger,
                                PlatformTransactionManager transactionManager) {
        this.store = store;
        this.queries = queries;
        this.tagger = tagger;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public List<HeldTag> tagsOf(Long customerId) {
        Map<TagCode, HeldTag> held = store.heldTags(Collections.singletonList(customerId), false).get(customerId);
        return held == null ? new ArrayList<HeldTag>() : new ArrayList<HeldTag>(held.values());
    }

    @Override
    public boolean hasTag(Long customerId, TagCode code, String value) {
        for (HeldTag tag : tagsOf(customerId)) {
            if (tag.getCode() == code && (value == null || value.equals(tag.getValue()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Long> membersWith(Collection<MemberTag> tags, MemberScope scope, int offset, int limit) {
        return queries.members(tags, Collections.<String>emptyList(), scope, SystemTime.asDate(), offset, limit);
    }

    @Override
    public long countMembersWith(Collection<MemberTag> tags, MemberScope scope) {
        return queries.count(tags, Collections.<String>emptyList(), scope, SystemTime.asDate());
    }

    @Override
    public Map<String, Long> countsByTag(MemberScope scope) {
        return queries.countsByTag(scope, SystemTime.asDate());
    }

    @Override
    public List<TagRule> rules() {
        return tagger.getRules().rules();
    }

    @Override
    public TagRule ruleOf(TagCode code) {
        return tagger.getRules().ruleOf(code);
    }

    @Override
    public List<TagHistoryRow> historyOf(Long customerId) {
        return queries.historyOf(customerId);
    }

    @Override
    public void recordExport(String adminLogin, String filter, int members) {
        store.recordExport(adminLogin, filter, members, SystemTime.asDate());
    }

    @Override
    public int retagEveryone() {
        int changes = 0;
        long after = 0;
        while (true) {
            final List<Long> chunk = store.membersAfter(after, MEMBERS_PER_TRANSACTION);
            if (chunk.isEmpty()) {
                return changes;
            }
            changes += transactions.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    store.lockMembers(chunk);
                    Date now = SystemTime.asDate();
                    return tagger.retag(chunk, TagChange.Cause.JOB, now).size();
                }
            });
            after = chunk.get(chunk.size() - 1);
        }
    }
}
