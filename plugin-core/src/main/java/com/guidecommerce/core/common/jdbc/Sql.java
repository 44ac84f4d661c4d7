package com.guidecommerce.core.common.jdbc;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Small helpers for the plugin's set-based JDBC: keys in chunks an {@code IN (...)} list takes, nullable numbers. */
public final class Sql {

    /** Keys per {@code IN (...)} list: well under every database's limit on parameters. */
    public static final int IN_CHUNK = 500;

    private Sql() {
    }

    /** The values in consecutive chunks of at most {@link #IN_CHUNK}. */
    public static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<List<T>>();
        for (int i = 0; i < values.size(); i += IN_CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + IN_CHUNK)));
        }
        return chunks;
    }

    /** A nullable time as a JDBC timestamp. */
    public static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** A nullable numeric column as a {@code Long} (drivers answer BIGINT as Long, Integer or BigDecimal). */
    public static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
