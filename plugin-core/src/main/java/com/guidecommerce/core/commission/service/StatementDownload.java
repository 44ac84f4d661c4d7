package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.rule.StatementCsv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;

/** Sends a settlement statement as a CSV download, named by its number, to HQ in the admin or to its guide. */
public final class StatementDownload {

    private StatementDownload() {
    }

    public static void send(SettlementService settlementService, SettlementStatement statement,
                            HttpServletResponse response, StatementCsv.Labels labels) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + statement.getStatementNo() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        settlementService.writeCsv(statement.getId(), out, labels);
        out.flush();
    }
}
