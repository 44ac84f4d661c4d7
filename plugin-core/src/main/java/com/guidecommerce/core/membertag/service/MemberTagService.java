package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.membertag.dao.HeldTag;
import com.guidecommerce.core.membertag.dao.TagHistoryRow;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.membertag.rule.TagRule;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Members' automatic tags (会员标签) for other features and the screens. Tags are kept by the order stream
 * ({@code gcMemberTagListener}), bindings ({@code gcMemberTagBindingListener}) and the daily job {@code MEMBER_TAGS};
 * this service reads them. An audience check (e.g. a member-day coupon for dormant members) calls
 * {@link #hasTag(Long, TagCode, String)}. Bean {@code gcMemberTagService}.
 */
public interface MemberTagService {

    /** The member's automatic tags, in the order of {@link TagCode}; empty for an unknown member. */
    List<HeldTag> tagsOf(Long customerId);

    /**
     * Whether the member holds the tag now; {@code value} {@code null} matches any value (e.g.
     * {@code hasTag(id, SPEND_BAND, "HIGH")}, {@code hasTag(id, DORMANT, null)}).
     */
    boolean hasTag(Long customerId, TagCode code, String value);

    /** Members in the scope holding every tag given (a tag without value: any value), ascending id. */
    List<Long> membersWith(Collection<MemberTag> tags, MemberScope scope, int offset, int limit);

    long countMembersWith(Collection<MemberTag> tags, MemberScope scope);

    /** Members in the scope per tag ("CODE" or "CODE=VALUE"), codes in name order. */
    Map<String, Long> countsByTag(MemberScope scope);

    /** Every tag's rule with its parameters, in the order of {@link TagCode}. */
    List<TagRule> rules();

    TagRule ruleOf(TagCode code);

    /** The member's tag changes, newest first. */
    List<TagHistoryRow> historyOf(Long customerId);

    /**
     * Records that an admin exported members with full contacts: who, the filter as shown to them (tags, store,
     * guide) and how many members; before the file is sent.
     */
    void recordExport(String adminLogin, String filter, int members);

    /** Recomputes every member's tags now, members locked in chunks; returns the number of changes. */
    int retagEveryone();
}
