package com.guidecommerce.site.guide;

import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.common.time.DisplayTimes;

import java.util.Locale;

/** One of a guide's or distributor's settlement statements: number, period, amount and status as the guide reads them. */
public final class StatementRow {

    /** Followed by the statement's status, e.g. {@code gc.workbench.statement.status.PAID}. */
    public static final String STATUS_PREFIX = "gc.workbench.statement.status.";
    /** Prefixes the statement CSV's message keys in the storefront's messages: its headings and its codes' labels. */
    public static final String CSV_PREFIX = "gc.workbench.csv.";

    private final Long id;
    private final String statementNo;
    private final String period;
    private final String amount;
    private final String statusKey;
    private final String status;

    private StatementRow(Long id, String statementNo, String period, String amount, String status) {
        this.id = id;
        this.statementNo = statementNo;
        this.period = period;
        this.amount = amount;
        this.statusKey = STATUS_PREFIX + status;
        this.status = status;
    }

    /** @param periodTimes the zone statements' periods were cut in */
    public static StatementRow of(SettlementStatement statement, DisplayTimes periodTimes, Locale locale) {
        return new StatementRow(statement.getId(), statement.getStatementNo(),
                periodTimes.period(statement.getPeriodStart(), statement.getPeriodEnd(), locale),
                WorkbenchText.money(statement.getTotal(), locale), statement.getStatus());
    }

    public Long getId() {
        return id;
    }

    public String getStatementNo() {
        return statementNo;
    }

    public String getPeriod() {
        return period;
    }

    public String getAmount() {
        return amount;
    }

    public String getStatusKey() {
        return statusKey;
    }

    /** GENERATED, CONFIRMED or PAID: a data attribute, never shown. */
    public String getStatus() {
        return status;
    }
}
