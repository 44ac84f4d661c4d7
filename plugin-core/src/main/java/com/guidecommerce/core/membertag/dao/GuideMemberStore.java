package com.guidecommerce.core.membertag.dao;

import com.guidecommerce.core.common.IdBlocks;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

/**
 * Guides' own tags and notes about their members (GC_GUIDE_MEMBER_TAG, GC_GUIDE_MEMBER_NOTE), always read and written
 * by guide and member together, so one guide never reaches another's. Bean {@code gcGuideMemberStore}.
 */
public class GuideMemberStore {

    static final String NOTE_SEQUENCE = "GC_GUIDE_MEMBER_NOTE";

    private final JdbcTemplate jdbc;
    private final IdBlocks ids;

    public GuideMemberStore(JdbcTemplate jdbc, IdBlocks ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    public List<String> tagsOf(Long guideId, Long customerId) {
        return jdbc.queryForList("SELECT TAG FROM GC_GUIDE_MEMBER_TAG WHERE GUIDE_ID = ? AND CUSTOMER_ID = ?"
                + " ORDER BY TAG", String.class, guideId, customerId);
    }

    /** Every own tag the guide uses, for their filter. */
    public List<String> tagsOfGuide(Long guideId) {
        return jdbc.queryForList("SELECT DISTINCT TAG FROM GC_GUIDE_MEMBER_TAG WHERE GUIDE_ID = ? ORDER BY TAG",
                String.class, guideId);
    }

    /** Adds the tag unless the guide gave it to the member already; true when added. */
    public boolean addTag(Long guideId, Long customerId, String tag, Date now) {
        Integer had = jdbc.queryForObject("SELECT COUNT(*) FROM GC_GUIDE_MEMBER_TAG WHERE GUIDE_ID = ?"
                + " AND CUSTOMER_ID = ? AND TAG = ?", Integer.class, guideId, customerId, tag);
        if (had != null && had > 0) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO GC_GUIDE_MEMBER_TAG (GUIDE_ID, CUSTOMER_ID, TAG, CREATED_AT) VALUES (?, ?, ?, ?)",
                    guideId, customerId, tag, new Timestamp(now.getTime()));
            return true;
        } catch (DataIntegrityViolationException twice) {
            // The same guide added the same tag from another tab at the same moment: it is there once.
            return false;
        }
    }

    public boolean removeTag(Long guideId, Long customerId, String tag) {
        return jdbc.update("DELETE FROM GC_GUIDE_MEMBER_TAG WHERE GUIDE_ID = ? AND CUSTOMER_ID = ? AND TAG = ?",
                guideId, customerId, tag) > 0;
    }

    public List<GuideNote> notesOf(Long guideId, Long customerId) {
        return jdbc.query("SELECT NOTE_ID, GUIDE_ID, CUSTOMER_ID, BODY, CREATED_AT FROM GC_GUIDE_MEMBER_NOTE"
                + " WHERE GUIDE_ID = ? AND CUSTOMER_ID = ? ORDER BY CREATED_AT DESC, NOTE_ID DESC", NOTES, guideId,
                customerId);
    }

    public GuideNote addNote(Long guideId, Long customerId, String body, Date now) {
        long id = ids.next(NOTE_SEQUENCE);
        jdbc.update("INSERT INTO GC_GUIDE_MEMBER_NOTE (NOTE_ID, GUIDE_ID, CUSTOMER_ID, BODY, CREATED_AT)"
                + " VALUES (?, ?, ?, ?, ?)", id, guideId, customerId, body, new Timestamp(now.getTime()));
        return new GuideNote(id, guideId, customerId, body, now);
    }

    /** Deletes the note only when it is this guide's; true when deleted. */
    public boolean deleteNote(Long guideId, Long noteId) {
        return jdbc.update("DELETE FROM GC_GUIDE_MEMBER_NOTE WHERE NOTE_ID = ? AND GUIDE_ID = ?", noteId, guideId) > 0;
    }

    private static final RowMapper<GuideNote> NOTES = new RowMapper<GuideNote>() {
        @Override
        public GuideNote mapRow(ResultSet rs, int row) throws SQLException {
            return new GuideNote(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                    MemberTagStore.date(rs.getTimestamp(5)));
        }
    };
}
