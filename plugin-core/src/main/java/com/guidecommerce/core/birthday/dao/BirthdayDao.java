package com.guidecommerce.core.birthday.dao;

import com.guidecommerce.core.birthday.domain.BirthdayOnFile;
import com.guidecommerce.core.birthday.domain.IssuedGift;
import com.guidecommerce.core.birthday.rule.Birthday;
import com.guidecommerce.core.birthday.rule.GiftWindow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The birthday feature's tables (GC_MEMBER_BIRTHDAY, GC_MEMBER_BIRTHDAY_CHANGE, GC_BIRTHDAY_GIFT) in plain SQL on
 * the connection of Broadleaf's transaction. Bean {@code gcBirthdayDao}.
 */
public class BirthdayDao {

    private static final String GIFT_COLUMNS = "g.CUSTOMER_ID, g.GIFT_YEAR, g.OFFER_CODE_ID, g.CODE, g.VALID_FROM,"
            + " g.VALID_TO, g.ISSUED_AT, CASE WHEN EXISTS (SELECT 1 FROM BLC_OFFER_AUDIT a"
            + " WHERE a.OFFER_CODE_ID = g.OFFER_CODE_ID) THEN 1 ELSE 0 END AS USED";

    private final JdbcTemplate jdbc;

    public BirthdayDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean customerExists(Long customerId) {
        return !jdbc.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", Long.class,
                customerId).isEmpty();
    }

    /**
     * Locks the member's birthday row for the rest of the transaction (a write of the row to itself, which every
     * database supports) and reads it; null when the member has given none. Both the birthday service and the gift
     * issue lock this row first, so a change and an issue for the same member never interleave.
     */
    public BirthdayOnFile lockBirthday(Long customerId) {
        if (jdbc.update("UPDATE GC_MEMBER_BIRTHDAY SET CUSTOMER_ID = CUSTOMER_ID WHERE CUSTOMER_ID = ?",
                customerId) == 0) {
            return null;
        }
        return birthdayOf(customerId);
    }

    public BirthdayOnFile birthdayOf(Long customerId) {
        List<BirthdayOnFile> found = jdbc.query("SELECT CUSTOMER_ID, BIRTH_MONTH, BIRTH_DAY, BIRTH_YEAR, FIRST_SET_AT,"
                + " CHANGED_AT FROM GC_MEMBER_BIRTHDAY WHERE CUSTOMER_ID = ?", new RowMapper<BirthdayOnFile>() {
                    @Override
                    public BirthdayOnFile mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return onFile(rs);
                    }
                }, customerId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Inserts a member's first birthday; a concurrent first insert for the same member fails on the key. */
    public void insertBirthday(Long customerId, Birthday birthday, Date at) {
        jdbc.update("INSERT INTO GC_MEMBER_BIRTHDAY (CUSTOMER_ID, BIRTH_MONTH, BIRTH_DAY, BIRTH_YEAR, FIRST_SET_AT,"
                        + " CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?)", customerId, birthday.getMonth(), birthday.getDay(),
                birthday.getYear(), new Timestamp(at.getTime()), new Timestamp(at.getTime()));
    }

    /** Changes a birthday whose row the caller has locked. */
    public void updateBirthday(Long customerId, Birthday birthday, Date at) {
        jdbc.update("UPDATE GC_MEMBER_BIRTHDAY SET BIRTH_MONTH = ?, BIRTH_DAY = ?, BIRTH_YEAR = ?, CHANGED_AT = ?"
                        + " WHERE CUSTOMER_ID = ?", birthday.getMonth(), birthday.getDay(), birthday.getYear(),
                new Timestamp(at.getTime()), customerId);
    }

    public void insertChange(long id, Long customerId, Birthday before, Birthday after, Date at, String actor) {
        jdbc.update("INSERT INTO GC_MEMBER_BIRTHDAY_CHANGE (BIRTHDAY_CHANGE_ID, CUSTOMER_ID, OLD_BIRTHDAY,"
                        + " NEW_BIRTHDAY, CHANGED_AT, ACTOR) VALUES (?, ?, ?, ?, ?, ?)", id, customerId,
                before == null ? null : before.toString(), after.toString(), new Timestamp(at.getTime()), actor);
    }

    /**
     * Birthdays in the given months, each with the gift years (from {@code firstYear} to {@code lastYear}) the
     * member already has a gift for.
     */
    public Map<BirthdayOnFile, Set<Integer>> birthdaysInMonths(Collection<Integer> months, int firstYear,
                                                               int lastYear) {
        StringBuilder in = new StringBuilder();
        List<Object> args = new ArrayList<Object>();
        args.add(firstYear);
        args.add(lastYear);
        for (Integer month : months) {
            in.append(in.length() == 0 ? "?" : ", ?");
            args.add(month);
        }
        final Map<Long, BirthdayOnFile> byMember = new LinkedHashMap<Long, BirthdayOnFile>();
        final Map<BirthdayOnFile, Set<Integer>> result = new LinkedHashMap<BirthdayOnFile, Set<Integer>>();
        jdbc.query("SELECT b.CUSTOMER_ID, b.BIRTH_MONTH, b.BIRTH_DAY, b.BIRTH_YEAR, b.FIRST_SET_AT, b.CHANGED_AT,"
                + " g.GIFT_YEAR FROM GC_MEMBER_BIRTHDAY b LEFT JOIN GC_BIRTHDAY_GIFT g ON g.CUSTOMER_ID = b.CUSTOMER_ID"
                + " AND g.GIFT_YEAR BETWEEN ? AND ? WHERE b.BIRTH_MONTH IN (" + in + ") ORDER BY b.CUSTOMER_ID",
                args.toArray(), (ResultSet rs) -> {
                    Long customerId = rs.getLong("CUSTOMER_ID");
                    BirthdayOnFile onFile = byMember.get(customerId);
                    if (onFile == null) {
                        onFile = onFile(rs);
                        byMember.put(customerId, onFile);
                        result.put(onFile, new TreeSet<Integer>());
                    }
                    int giftYear = rs.getInt("GIFT_YEAR");
                    if (!rs.wasNull()) {
                        result.get(onFile).add(giftYear);
                    }
                });
        return result;
    }

    /**
     * Claims the member's gift of a year: inserts its row without a code yet. False when the member has that gift
     * already (the unique key on member and year), also when another node claimed it a moment before.
     */
    public boolean claimGift(long id, Long customerId, GiftWindow window, Birthday birthday, Date issuedAt) {
        try {
            jdbc.update("INSERT INTO GC_BIRTHDAY_GIFT (GIFT_ID, CUSTOMER_ID, GIFT_YEAR, VALID_FROM, VALID_TO,"
                            + " ISSUED_AT, BIRTHDAY) VALUES (?, ?, ?, ?, ?, ?, ?)", id, customerId,
                    window.getGiftYear(), java.sql.Date.valueOf(window.getFirstDay()),
                    java.sql.Date.valueOf(window.getLastDay()), new Timestamp(issuedAt.getTime()),
                    birthday.toString());
            return true;
        } catch (DuplicateKeyException alreadyGiven) {
            return false;
        }
    }

    public void attachCode(long giftId, Long offerCodeId, String code) {
        jdbc.update("UPDATE GC_BIRTHDAY_GIFT SET OFFER_CODE_ID = ?, CODE = ? WHERE GIFT_ID = ?", offerCodeId, code,
                giftId);
    }

    public IssuedGift giftOf(Long customerId, int giftYear) {
        List<IssuedGift> found = jdbc.query("SELECT " + GIFT_COLUMNS + " FROM GC_BIRTHDAY_GIFT g"
                + " WHERE g.CUSTOMER_ID = ? AND g.GIFT_YEAR = ?", GIFTS, customerId, giftYear);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The member's gifts whose window has not ended before {@code day}, earliest window first. */
    public List<IssuedGift> giftsNotEndedBefore(Long customerId, LocalDate day) {
        return jdbc.query("SELECT " + GIFT_COLUMNS + " FROM GC_BIRTHDAY_GIFT g WHERE g.CUSTOMER_ID = ?"
                + " AND g.VALID_TO >= ? AND g.OFFER_CODE_ID IS NOT NULL ORDER BY g.VALID_FROM", GIFTS, customerId,
                java.sql.Date.valueOf(day));
    }

    /** The member a gift code was issued to, or null when the code is no birthday gift. */
    public Long ownerOfCode(Long offerCodeId) {
        List<Long> owners = jdbc.queryForList("SELECT CUSTOMER_ID FROM GC_BIRTHDAY_GIFT WHERE OFFER_CODE_ID = ?",
                Long.class, offerCodeId);
        return owners.isEmpty() ? null : owners.get(0);
    }

    private static BirthdayOnFile onFile(ResultSet rs) throws SQLException {
        int year = rs.getInt("BIRTH_YEAR");
        Integer birthYear = rs.wasNull() ? null : year;
        return new BirthdayOnFile(rs.getLong("CUSTOMER_ID"),
                Birthday.stored(rs.getInt("BIRTH_MONTH"), rs.getInt("BIRTH_DAY"), birthYear),
                new Date(rs.getTimestamp("FIRST_SET_AT").getTime()), new Date(rs.getTimestamp("CHANGED_AT").getTime()));
    }

    private static final RowMapper<IssuedGift> GIFTS = new RowMapper<IssuedGift>() {
        @Override
        public IssuedGift mapRow(ResultSet rs, int rowNum) throws SQLException {
            long offerCodeId = rs.getLong("OFFER_CODE_ID");
            return new IssuedGift(rs.getLong("CUSTOMER_ID"), rs.getInt("GIFT_YEAR"),
                    rs.wasNull() ? null : offerCodeId, rs.getString("CODE"), rs.getDate("VALID_FROM").toLocalDate(),
                    rs.getDate("VALID_TO").toLocalDate(), new Date(rs.getTimestamp("ISSUED_AT").getTime()),
                    rs.getInt("USED") == 1);
        }
    };
}
