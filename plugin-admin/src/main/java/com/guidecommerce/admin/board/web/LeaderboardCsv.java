package com.guidecommerce.admin.board.web;

import com.guidecommerce.core.commission.rule.StatementCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * HQ's leaderboard as a CSV file, row for row what the page shows: first what the board is (scope, subject, metric,
 * period with its days and zone, each code with its label in the reader's language), a blank line, then the table
 * with the page's column headings. Codes stay beside names for machines (guide, store and region codes), values are
 * written plain. Starts with a byte-order mark for spreadsheet tools; fields are defused as the statement CSV's are.
 */
public final class LeaderboardCsv {

    /** The words the file is written with, in the reader's language, by message key. */
    public interface Words {
        String text(String messageKey);
    }

    private static final char BOM = '\uFEFF';

    private LeaderboardCsv() {
    }

    public static void write(LeaderboardView view, Words words, Writer out) throws IOException {
        out.write(BOM);
        // Not closed: the writer belongs to the caller.
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        row(csv, words.text("gcLeaderboard_title"));
        row(csv, words.text("gcLeaderboard_scope"), view.getScope().getCode(), view.getScope().getLabel(),
                view.getScope().getName());
        row(csv, words.text("gcLeaderboard_subject"), view.getSubject().getCode(), view.getSubject().getLabel());
        row(csv, words.text("gcLeaderboard_metric"), view.getMetric().getCode(), view.getMetric().getLabel());
        row(csv, words.text("gcLeaderboard_period"), view.getPeriod().getCode(), view.getPeriod().getLabel(),
                view.getDays().getFrom().toString(), view.getDays().getTo().toString(), view.getZoneName());
        csv.println();
        if (view.isGuides()) {
            row(csv, words.text("gcLeaderboard_rank"), words.text("gcLeaderboard_code"),
                    words.text("gcLeaderboard_name"), words.text("gcLeaderboard_storeCode"),
                    words.text("gcLeaderboard_store"), words.text("gcLeaderboard_regionCode"),
                    words.text("gcLeaderboard_region"), view.getMetric().getLabel());
        } else {
            row(csv, words.text("gcLeaderboard_rank"), words.text("gcLeaderboard_code"),
                    words.text("gcLeaderboard_name"), words.text("gcLeaderboard_regionCode"),
                    words.text("gcLeaderboard_region"), view.getMetric().getLabel());
        }
        for (LeaderboardRow line : view.getRows()) {
            String rank = String.valueOf(line.getRank());
            String value = line.getValue().toPlainString();
            if (view.isGuides()) {
                row(csv, rank, line.getCode(), line.getName(), line.getStoreCode(), line.getStoreName(),
                        line.getRegionCode(), line.getRegionName(), value);
            } else {
                row(csv, rank, line.getCode(), line.getName(), line.getRegionCode(), line.getRegionName(), value);
            }
        }
        csv.flush();
    }

    private static void row(CSVPrinter csv, String... fields) throws IOException {
        for (String field : fields) {
            csv.print(StatementCsv.defused(field));
        }
        csv.println();
    }
}
