package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.membertag.dao.HeldTag;
import com.guidecommerce.core.membertag.dao.MemberTagStore;
import com.guidecommerce.core.membertag.dao.TagChange;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.membertag.rule.TagRules;
import com.guidecommerce.core.membertag.rule.TagSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes locked members' automatic tags from their stored facts and writes what changed, each change recorded in
 * the history. The caller holds the members' locks ({@link MemberTagStore#lockMembers}). Bean {@code gcMemberTagger}.
 */
public class MemberTagger {

    private final MemberTagStore store;
    private final TagRules rules;
    private final NamedParameterJdbcTemplate named;

    public MemberTagger(MemberTagStore store, TagRules rules, JdbcTemplate jdbc) {
        this.store = store;
        this.rules = rules;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public TagRules getRules() {
        return rules;
    }

    /** Fills in when members registered (Broadleaf's customer creation) where their facts lack it. */
    public void noteRegistrations(Collection<Long> lockedMembers) {
        List<Long> missing = store.withoutRegistration(lockedMembers);
        if (missing.isEmpty()) {
            return;
        }
        final Map<Long, Date> registered = new HashMap<Long, Date>();
        named.query("SELECT CUSTOMER_ID, DATE_CREATED FROM BLC_CUSTOMER WHERE CUSTOMER_ID IN (:ids)"
                + " AND DATE_CREATED IS NOT NULL", new MapSqlParameterSource("ids", missing), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        registered.put(rs.getLong(1), new Date(rs.getTimestamp(2).getTime()));
                    }
                });
        store.noteJoined(registered, Collections.<Long, Date>emptyMap());
    }

    /** Recomputes the members' tags at {@code now}; returns the changes written. */
    public List<TagChange> retag(Collection<Long> lockedMembers, TagChange.Cause cause, Date now) {
        Map<Long, TagSubject> subjects = store.subjects(lockedMembers);
        Map<Long, Map<TagCode, HeldTag>> held = store.heldTags(lockedMembers, true);
        List<TagChange> changes = new ArrayList<TagChange>();
        for (Map.Entry<Long, TagSubject> member : subjects.entrySet()) {
            Map<TagCode, HeldTag> before = held.get(member.getKey());
            changes.addAll(changes(member.getKey(), before == null ? Collections.<TagCode, HeldTag>emptyMap() : before,
                    rules.tagsOf(member.getValue(), now)));
        }
        store.applyChanges(changes, cause, now);
        return changes;
    }

    /** What turns the tags held into the tags due: added, changed in value, removed. */
    static List<TagChange> changes(Long member, Map<TagCode, HeldTag> held, List<MemberTag> due) {
        List<TagChange> changes = new ArrayList<TagChange>();
        Map<TagCode, MemberTag> dueByCode = new HashMap<TagCode, MemberTag>();
        for (MemberTag tag : due) {
            dueByCode.put(tag.getCode(), tag);
            HeldTag had = held.get(tag.getCode());
            if (had == null) {
                changes.add(new TagChange(member, tag.getCode(), null, tag.getValue(), TagChange.Type.ADDED));
            } else if (!had.getTag().equals(tag)) {
                changes.add(new TagChange(member, tag.getCode(), had.getValue(), tag.getValue(),
                        TagChange.Type.CHANGED));
            }
        }
        for (HeldTag had : held.values()) {
            if (!dueByCode.containsKey(had.getCode())) {
                changes.add(new TagChange(member, had.getCode(), had.getValue(), null, TagChange.Type.REMOVED));
            }
        }
        return changes;
    }
}
