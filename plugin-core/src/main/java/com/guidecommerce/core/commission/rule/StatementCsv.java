package com.guidecommerce.core.commission.rule;

import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.SettlementStatement;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

/**
 * A settlement statement as a CSV file a franchisee or HQ finance opens in a spreadsheet: the statement's header
 * (number, beneficiary, period, totals), a blank line, then one row per ledger entry. Starts with a byte-order mark,
 * which spreadsheet tools need to read UTF-8 (Chinese names). Amounts are written exactly as the ledger holds them.
 */
public final class StatementCsv {

    /** The entry table's header row. */
    public static final String[] ENTRY_COLUMNS = {"Created", "Channel", "Order no", "Line no", "SKU", "Role", "Kind",
            "Base", "Rate %", "Amount"};

    private static final char BOM = '\uFEFF';
    private static final String NEWLINE = "\r\n";

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    /** @param zone the time zone dates are written in (HQ's) */
    public StatementCsv(ZoneId zone) {
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    }

    public void write(SettlementStatement statement, List<CommissionEntry> entries, Writer out) throws IOException {
        out.write(BOM);
        row(out, "Statement", statement.getStatementNo());
        row(out, "Beneficiary", statement.getBeneficiaryType(), statement.getBeneficiaryCode(),
                statement.getBeneficiaryName());
        // The period's end is exclusive; people read the last day it covers.
        row(out, "Period", date.format(statement.getPeriodStart().toInstant()),
                date.format(statement.getPeriodEnd().toInstant().minusMillis(1)));
        row(out, "Currency", statement.getCurrency());
        row(out, "Commission total", plain(statement.getCommissionTotal()));
        row(out, "Reversal total", plain(statement.getReversalTotal()));
        row(out, "Total", plain(statement.getTotal()));
        row(out, "Entries", String.valueOf(statement.getEntryCount()));
        row(out, "Status", statement.getStatus());
        out.write(NEWLINE);
        row(out, ENTRY_COLUMNS);
        for (CommissionEntry entry : entries) {
            row(out, format(entry.getCreatedAt()), entry.getChannelCode(),
                    entry.getOrder() == null ? null : entry.getOrder().getOrderNo(),
                    entry.getOrderLine() == null ? null : entry.getOrderLine().getLineNo(),
                    entry.getOrderLine() == null ? null : entry.getOrderLine().getSku(),
                    entry.getRole(), entry.getKind(), plain(entry.getBaseAmount()), plain(entry.getRatePercent()),
                    plain(entry.getAmount()));
        }
        out.flush();
    }

    private String format(Date moment) {
        return moment == null ? null : dateTime.format(moment.toInstant());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write(NEWLINE);
    }

    /** Quotes what needs quoting, and defuses text a spreadsheet would run as a formula. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
