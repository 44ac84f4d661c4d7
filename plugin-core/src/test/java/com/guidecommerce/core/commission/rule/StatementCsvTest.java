package com.guidecommerce.core.commission.rule;

import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.ChannelOrderLine;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.common.time.DisplayTimes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A statement as spreadsheet-safe CSV: fields quoted where needed, formulas defused, numbers left numbers. */
class StatementCsvTest {

    private static final DisplayTimes SHANGHAI = new DisplayTimes(ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldQuoteWhatNeedsQuotingAndDefuseFormulasInTheFile() throws IOException {
        SettlementStatement statement = statement("@G0001", "Li, \"Nana\"\nShanghai");
        CommissionEntry entry = entry("=SUM(A1)", "-1+1", "-2.50");
        StringWriter out = new StringWriter();

        new StatementCsv(SHANGHAI, SHANGHAI, (prefix, code) -> code.toLowerCase()).write(statement,
                Collections.singletonList(entry), out);

        String[] rows = out.toString().split("\r\n", -1);
        assertEquals("Beneficiary,GUIDE,guide,'@G0001,\"Li, \"\"Nana\"\"\nShanghai\"", rows[1]);
        assertEquals("Period,2026-11-01,2026-11-30,Asia/Shanghai", rows[2]);
        assertEquals("Currency,", rows[3], "a missing value is an empty field");
        assertEquals("Created (Asia/Shanghai),Channel,Order no,Line no,SKU,Role,Role name,Kind,Kind name,Base,Rate %,Amount",
                rows[10]);
        assertEquals("2026-11-03 08:00:00,TMALL,'=SUM(A1),1,'-1+1,BOUND_GUIDE,bound_guide,REVERSAL,reversal,100.00,2.5000,"
                + "-2.50", rows[11]);
        assertEquals(13, rows.length, "one entry row and the final line break");
    }

    @Test
    void shouldWriteTheHeaderWordsInTheReadersLanguage() throws IOException {
        StatementCsv.Labels reader = new StatementCsv.Labels() {
            @Override
            public String label(String keyPrefix, String code) {
                return code;
            }

            @Override
            public String text(String messageKey, String english) {
                return "[" + messageKey + "]";
            }
        };
        StringWriter out = new StringWriter();

        new StatementCsv(SHANGHAI, SHANGHAI, reader).write(statement("G0001", "Li Na"),
                Collections.singletonList(entry("T-1", "SKU-1", "-2.50")), out);

        String[] rows = out.toString().split("\r\n", -1);
        assertEquals("[gcStatementCsv.statement],ST-202611-G0001", rows[0].substring(1));
        assertEquals("[gcStatementCsv.period],2026-11-01,2026-11-30,Asia/Shanghai", rows[2]);
        assertEquals("[gcStatementCsv.status],GENERATED,GENERATED", rows[8]);
        assertEquals("[gcStatementCsv.created] (Asia/Shanghai),[gcStatementCsv.channel],[gcStatementCsv.orderNo],"
                + "[gcStatementCsv.lineNo],[gcStatementCsv.sku],[gcStatementCsv.role],[gcStatementCsv.roleName],"
                + "[gcStatementCsv.kind],[gcStatementCsv.kindName],[gcStatementCsv.base],[gcStatementCsv.rate],"
                + "[gcStatementCsv.amount]", rows[10]);
    }

    @Test
    void shouldDefuseTextThatASpreadsheetWouldRunAsAFormula() {
        assertEquals("'=SUM(A1)", StatementCsv.defused("=SUM(A1)"));
        assertEquals("'+A1", StatementCsv.defused("+A1"));
        assertEquals("'-A1*10", StatementCsv.defused("-A1*10"));
        assertEquals("'@SUM(A1)", StatementCsv.defused("@SUM(A1)"));
        assertEquals("'\t=1", StatementCsv.defused("\t=1"));
    }

    @Test
    void shouldLeaveNumbersAndPlainTextAsTheyAre() {
        assertEquals("-2.50", StatementCsv.defused("-2.50"));
        assertEquals("+3", StatementCsv.defused("+3"));
        assertEquals("plain", StatementCsv.defused("plain"));
        assertEquals("a=b", StatementCsv.defused("a=b"));
        assertEquals("", StatementCsv.defused(""));
        assertNull(StatementCsv.defused(null));
    }

    private static SettlementStatement statement(String beneficiaryCode, String beneficiaryName) {
        SettlementStatement statement = mock(SettlementStatement.class);
        when(statement.getStatementNo()).thenReturn("ST-202611-G0001");
        when(statement.getBeneficiaryType()).thenReturn("GUIDE");
        when(statement.getBeneficiaryCode()).thenReturn(beneficiaryCode);
        when(statement.getBeneficiaryName()).thenReturn(beneficiaryName);
        when(statement.getPeriodStart()).thenReturn(Date.from(Instant.parse("2026-10-31T16:00:00Z")));
        when(statement.getPeriodEnd()).thenReturn(Date.from(Instant.parse("2026-11-30T16:00:00Z")));
        when(statement.getCommissionTotal()).thenReturn(BigDecimal.ZERO);
        when(statement.getReversalTotal()).thenReturn(new BigDecimal("-2.50"));
        when(statement.getTotal()).thenReturn(new BigDecimal("-2.50"));
        when(statement.getEntryCount()).thenReturn(1);
        when(statement.getStatus()).thenReturn("GENERATED");
        return statement;
    }

    private static CommissionEntry entry(String orderNo, String sku, String amount) {
        ChannelOrder order = mock(ChannelOrder.class);
        when(order.getOrderNo()).thenReturn(orderNo);
        ChannelOrderLine line = mock(ChannelOrderLine.class);
        when(line.getLineNo()).thenReturn("1");
        when(line.getSku()).thenReturn(sku);
        CommissionEntry entry = mock(CommissionEntry.class);
        when(entry.getCreatedAt()).thenReturn(Date.from(Instant.parse("2026-11-03T00:00:00Z")));
        when(entry.getChannelCode()).thenReturn("TMALL");
        when(entry.getOrder()).thenReturn(order);
        when(entry.getOrderLine()).thenReturn(line);
        when(entry.getRole()).thenReturn("BOUND_GUIDE");
        when(entry.getKind()).thenReturn("REVERSAL");
        when(entry.getBaseAmount()).thenReturn(new BigDecimal("100.00"));
        when(entry.getRatePercent()).thenReturn(new BigDecimal("2.5000"));
        when(entry.getAmount()).thenReturn(new BigDecimal(amount));
        return entry;
    }
}
