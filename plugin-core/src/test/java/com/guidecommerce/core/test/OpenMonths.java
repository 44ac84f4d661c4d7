package com.guidecommerce.core.test;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Gives back the months that are not over yet. A test that runs the figure check with its clock moved months ahead
 * rolls up every month before that moment, the real current one included; from then on the boards read this month
 * from its monthly rows, and a later test of the same JVM that writes today's figures (a tier's progress, a board)
 * would read them as zero. Called after such a test; every zone's current month counts as not over.
 */
public final class OpenMonths {

    private OpenMonths() {
    }

    public static void reopen(JdbcTemplate jdbc) {
        LocalDate earliestCurrentMonth = LocalDate.now(ZoneOffset.ofHours(-12)).withDayOfMonth(1);
        jdbc.update("UPDATE GC_FIG_MONTH SET ROLLED_UP_AT = NULL WHERE MONTH >= ?",
                java.sql.Date.valueOf(earliestCurrentMonth));
    }
}
