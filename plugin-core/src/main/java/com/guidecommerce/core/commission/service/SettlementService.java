package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.rule.StatementCsv;

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

    /**
     * The statement and its entries as CSV (UTF-8 with a byte-order mark so spreadsheet tools read Chinese), codes with
     * their labels beside them.
     */
    void writeCsv(Long statementId, Writer out, StatementCsv.Labels labels) throws IOException;
}
