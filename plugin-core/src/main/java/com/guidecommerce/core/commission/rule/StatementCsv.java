package com.guidecommerce.core.commission.rule;

import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.common.time.DisplayTimes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A settlement statement as a CSV file a franchisee or HQ finance opens in a spreadsheet: the statement's header
 * (number, beneficiary, period, totals), a blank line, then one row per ledger entry. The period is written in the zone
 * it was cut in and the entries' times in the statement's zone, each zone named beside them, as on the statement's
 * admin page. Starts with a byte-order mark,
 * which spreadsheet tools need to read UTF-8 (Chinese names). Amounts are written exactly as the ledger holds them.
 * Apache Commons CSV quotes the fields (RFC 4180, CRLF line ends); text a spreadsheet would run as a formula is
 * defused first, since order numbers and SKUs come from the channels and names from people. Codes (beneficiary type,
 * status, role, kind) stay for machines, each with its label in the reader's language beside it; the header words
 * are written in the reader's language too.
 */
public final class StatementCsv {

    /** The message keys of the header words, after {@link #HEADING_PREFIX}, and their English. */
    private static final String[][] HEADINGS = {{"statement", "Statement"}, {"beneficiary", "Beneficiary"},
        {"period", "Period"}, {"currency", "Currency"}, {"commissionTotal", "Commission total"},
        {"reversalTotal", "Reversal total"}, {"total", "Total"}, {"entries", "Entries"}, {"status", "Status"}};

    /** The message keys of the entry table's header row, after {@link #HEADING_PREFIX}, and their English. */
    private static final String[][] ENTRY_COLUMNS = {{"created", "Created"}, {"channel", "Channel"},
        {"orderNo", "Order no"}, {"lineNo", "Line no"}, {"sku", "SKU"}, {"role", "Role"}, {"roleName", "Role name"},
        {"kind", "Kind"}, {"kindName", "Kind name"}, {"base", "Base"}, {"rate", "Rate %"}, {"amount", "Amount"}};

    /** The prefix of the header words' message keys ({@code gcStatementCsv.period}). */
    public static final String HEADING_PREFIX = "gcStatementCsv.";

    /** Texts in the reader's language. */
    public interface Labels {
        /** The label of a code, by its message key's prefix ({@code CommissionRole_}). */
        String label(String keyPrefix, String code);

        /** The text of a message key ({@code gcStatementCsv.period}); the given English when the reader has none. */
        default String text(String messageKey, String english) {
            return english;
        }
    }

    private static final char BOM = '\uFEFF';
    /** Where a spreadsheet starts a formula (tab and carriage return too: some strip them and read on). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final DisplayTimes periodTimes;
    private final DisplayTimes entryTimes;
    private final Labels labels;

    /**
     * @param periodTimes the zone of the statement's period (HQ's)
     * @param entryTimes  the zone the entries' times are written in (the statement's)
     * @param labels      the labels written beside codes
     */
    public StatementCsv(DisplayTimes periodTimes, DisplayTimes entryTimes, Labels labels) {
        this.periodTimes = periodTimes;
        this.entryTimes = entryTimes;
        this.labels = labels;
    }

    public void write(SettlementStatement statement, List<CommissionEntry> entries, Writer out) throws IOException {
        out.write(BOM);
        // Not closed: the writer belongs to the caller.
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        String[] words = headings(HEADINGS);
        row(csv, words[0], statement.getStatementNo());
        row(csv, words[1], statement.getBeneficiaryType(),
                label("BeneficiaryType_", statement.getBeneficiaryType()), statement.getBeneficiaryCode(),
                statement.getBeneficiaryName());
        // The period's end is exclusive; people read the last day it covers.
        row(csv, words[2], periodTimes.fileDate(statement.getPeriodStart()),
                periodTimes.fileLastDay(statement.getPeriodEnd()), periodTimes.getZoneName());
        row(csv, words[3], statement.getCurrency());
        row(csv, words[4], plain(statement.getCommissionTotal()));
        row(csv, words[5], plain(statement.getReversalTotal()));
        row(csv, words[6], plain(statement.getTotal()));
        row(csv, words[7], String.valueOf(statement.getEntryCount()));
        row(csv, words[8], statement.getStatus(), label("gcStatementStatus_", statement.getStatus()));
        csv.println();
        String[] header = headings(ENTRY_COLUMNS);
        header[0] = header[0] + " (" + entryTimes.getZoneName() + ")";
        row(csv, header);
        for (CommissionEntry entry : entries) {
            row(csv, entryTimes.fileDateTime(entry.getCreatedAt()), entry.getChannelCode(),
                    entry.getOrder() == null ? null : entry.getOrder().getOrderNo(),
                    entry.getOrderLine() == null ? null : entry.getOrderLine().getLineNo(),
                    entry.getOrderLine() == null ? null : entry.getOrderLine().getSku(),
                    entry.getRole(), label("CommissionRole_", entry.getRole()), entry.getKind(),
                    label("EntryKind_", entry.getKind()), plain(entry.getBaseAmount()), plain(entry.getRatePercent()),
                    plain(entry.getAmount()));
        }
        csv.flush();
    }

    private String[] headings(String[][] keysAndEnglish) {
        String[] words = new String[keysAndEnglish.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = labels.text(HEADING_PREFIX + keysAndEnglish[i][0], keysAndEnglish[i][1]);
        }
        return words;
    }

    private String label(String keyPrefix, String code) {
        return code == null ? null : labels.label(keyPrefix, code);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void row(CSVPrinter csv, String... fields) throws IOException {
        for (String field : fields) {
            csv.print(defused(field));
        }
        csv.println();
    }

    /**
     * The text with an apostrophe in front when a spreadsheet would otherwise run it as a formula; numbers such as
     * reversal amounts ({@code -2.50}) stay numbers. Other CSV exports of the admin defuse their fields with it too.
     */
    public static String defused(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
