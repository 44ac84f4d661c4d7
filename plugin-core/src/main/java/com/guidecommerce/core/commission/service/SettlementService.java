package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.rule.StatementCsv;
import com.guidecommerce.core.common.time.DisplayTimes;

import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.List;

/**
 * Settlement of the commission ledger: statements per beneficiary per period from the settleable entries, then
 * confirmation and payment, each recorded with who did it. A beneficiary whose settleable total is not positive gets no
 * statement; the entries carry into the next period.
 */
public interface SettlementService {

    /** Statements for every beneficiary with settleable entries eligible before {@code periodEnd}. */
    List<SettlementStatement> generate(Date periodStart, Date periodEnd, String actor);

    SettlementStatement confirm(Long statementId, String actor);

    SettlementStatement markPaid(Long statementId, String paymentReference, String actor);

    List<CommissionEntry> entriesOf(Long statementId);

    /** The statements of one beneficiary (type GUIDE, FRANCHISEE, …, and id), the latest period first. */
    List<SettlementStatement> findStatementsOf(String beneficiaryType, Long beneficiaryId);

    /** The statement, or null when there is none with this id. */
    SettlementStatement findStatement(Long statementId);

    /** The zone a statement's period was cut in (HQ's), as its page and its CSV show the period. */
    DisplayTimes periodTimes();

    /**
     * The zone the statement's times (its entries, their orders) are shown in on its page and in its CSV: its
     * beneficiary's store's for a guide, HQ's otherwise (see
     * {@link com.guidecommerce.core.common.time.StoreTimeZones}).
     */
    DisplayTimes timesOf(SettlementStatement statement);

    /**
     * The statement and its entries as CSV (UTF-8 with a byte-order mark so spreadsheet tools read Chinese), codes with
     * their labels beside them.
     */
    void writeCsv(Long statementId, Writer out, StatementCsv.Labels labels) throws IOException;
}
