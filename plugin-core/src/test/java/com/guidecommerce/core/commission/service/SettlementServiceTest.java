package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.rule.SettlementPeriods;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerFixtures;
import com.guidecommerce.core.test.LedgerFixtures.Beneficiary;
import com.guidecommerce.core.test.LedgerFixtures.Line;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statements generated from ledger rows written with plain SQL, as the ingest pipeline writes them. The ledger's
 * months lie far in the past so that other tests' entries in the shared database never fall into these periods.
 */
@ExtendWith(BroadleafContextExtension.class)
class SettlementServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MARCH = YearMonth.of(2001, 3);
    private static final YearMonth APRIL = YearMonth.of(2001, 4);

    @Resource
    ApplicationContext context;

    @Resource(name = "gcSettlementService")
    SettlementService settlementService;

    LedgerFixtures ledger;
    Line line;

    @BeforeEach
    void setUp() {
        ledger = new LedgerFixtures(context);
        line = ledger.orderLine("TMALL", "TEE-001-M", at(MARCH, 2));
        now(at(APRIL, 5));
    }

    @AfterEach
    void releaseClock() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldGenerateAStatementWhoseTotalsAreItsEntries() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Li Na");
        long first = ledger.entry(line, guide, "COMMISSION", "10.00", "SETTLEABLE", at(MARCH, 3));
        long second = ledger.entry(line, guide, "COMMISSION", "2.50", "SETTLEABLE", at(MARCH, 31));
        long reversal = ledger.entry(line, guide, "REVERSAL", "-1.20", "SETTLEABLE", at(MARCH, 20));
        long nextMonth = ledger.entry(line, guide, "COMMISSION", "7.00", "SETTLEABLE", at(APRIL, 1));
        long pending = ledger.entry(line, guide, "COMMISSION", "3.00", "PENDING", null);

        SettlementStatement statement = only(generate(MARCH), guide);

        assertEquals("ST-200103-" + guide.code, statement.getStatementNo());
        assertEquals(new BigDecimal("12.50"), statement.getCommissionTotal());
        assertEquals(new BigDecimal("-1.20"), statement.getReversalTotal());
        assertEquals(new BigDecimal("11.30"), statement.getTotal());
        assertEquals(Integer.valueOf(3), statement.getEntryCount());
        assertEquals("GENERATED", statement.getStatus());
        assertEquals("finance", statement.getGeneratedBy());
        assertEquals(at(APRIL, 5), statement.getGeneratedAt());
        assertEquals(guide.name, statement.getBeneficiaryName());
        for (long entry : new long[] {first, second, reversal}) {
            assertEquals("SETTLED", ledger.stateOf(entry));
            assertEquals(statement.getId(), ledger.statementIdOf(entry));
        }
        assertEquals("SETTLEABLE", ledger.stateOf(nextMonth));
        assertEquals("PENDING", ledger.stateOf(pending));
        assertEquals(3, settlementService.entriesOf(statement.getId()).size());
    }

    @Test
    void shouldCarryANegativeTotalIntoTheNextStatement() {
        Beneficiary franchisee = ledger.beneficiary("FRANCHISEE", "East Franchise");
        long reversal = ledger.entry(line, franchisee, "REVERSAL", "-5.00", "SETTLEABLE", at(MARCH, 10));

        List<SettlementStatement> march = mine(generate(MARCH), franchisee);
        assertEquals(0, march.size());
        assertEquals("SETTLEABLE", ledger.stateOf(reversal));

        ledger.entry(line, franchisee, "COMMISSION", "8.00", "SETTLEABLE", at(APRIL, 10));
        now(at(APRIL.plusMonths(1), 2));
        SettlementStatement april = only(generate(APRIL), franchisee);

        assertEquals(new BigDecimal("3.00"), april.getTotal());
        assertEquals(new BigDecimal("-5.00"), april.getReversalTotal());
        assertEquals(Integer.valueOf(2), april.getEntryCount());
        assertEquals("SETTLED", ledger.stateOf(reversal));
    }

    @Test
    void shouldGiveNoStatementToAZeroTotal() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Zero");
        long commission = ledger.entry(line, guide, "COMMISSION", "4.00", "SETTLEABLE", at(MARCH, 4));
        ledger.entry(line, guide, "REVERSAL", "-4.00", "SETTLEABLE", at(MARCH, 5));

        assertEquals(0, mine(generate(MARCH), guide).size());
        assertEquals("SETTLEABLE", ledger.stateOf(commission));
    }

    @Test
    void shouldNotCountAnEntryTwiceWhenGeneratingAgain() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Wang Fang");
        ledger.entry(line, guide, "COMMISSION", "9.99", "SETTLEABLE", at(MARCH, 8));
        SettlementStatement first = only(generate(MARCH), guide);

        List<SettlementStatement> again = mine(generate(MARCH), guide);
        // A reversal of a settled entry is settleable at once and belongs on a further statement of its own.
        ledger.entry(line, guide, "COMMISSION", "1.01", "SETTLEABLE", at(MARCH, 9));
        SettlementStatement late = only(generate(MARCH), guide);

        assertEquals(0, again.size());
        assertEquals(new BigDecimal("9.99"), first.getTotal());
        assertEquals(new BigDecimal("1.01"), late.getTotal());
        assertEquals(first.getStatementNo() + "-2", late.getStatementNo());
        BigDecimal settled = ledger.jdbc().queryForObject("select sum(AMOUNT) from GC_COMMISSION_ENTRY where"
                + " BENEFICIARY_ID = ? and STATE = 'SETTLED'", BigDecimal.class, guide.id);
        assertEquals(new BigDecimal("11.00"), settled);
    }

    @Test
    void shouldListABeneficiarysStatementsLatestPeriodFirst() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Sun Yue");
        Beneficiary other = ledger.beneficiary("GUIDE", "Zhou Nan");
        ledger.entry(line, guide, "COMMISSION", "3.00", "SETTLEABLE", at(MARCH, 8));
        ledger.entry(line, other, "COMMISSION", "4.00", "SETTLEABLE", at(MARCH, 8));
        SettlementStatement march = only(generate(MARCH), guide);
        ledger.entry(line, guide, "COMMISSION", "5.00", "SETTLEABLE", at(APRIL, 8));
        now(at(APRIL.plusMonths(1), 2));
        SettlementStatement april = only(generate(APRIL), guide);

        List<SettlementStatement> statements = settlementService.findStatementsOf("GUIDE", guide.id);

        assertEquals(Arrays.asList(april.getId(), march.getId()),
                Arrays.asList(statements.get(0).getId(), statements.get(1).getId()));
        assertEquals(2, statements.size());
        assertTrue(settlementService.findStatementsOf("FRANCHISEE", guide.id).isEmpty(), "by type and id");
        assertEquals(new BigDecimal("5.00"), settlementService.findStatement(april.getId()).getTotal());
        assertNull(settlementService.findStatement(-april.getId()));
    }

    @Test
    void shouldGiveEachCurrencyItsOwnStatement() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Chen Jie");
        ledger.entry(line, guide, "COMMISSION", "5.00", "CNY", "SETTLEABLE", at(MARCH, 8), null);
        ledger.entry(line, guide, "COMMISSION", "2.00", "HKD", "SETTLEABLE", at(MARCH, 8), null);

        List<SettlementStatement> statements = mine(generate(MARCH), guide);

        assertEquals(2, statements.size());
        assertEquals(Arrays.asList("CNY", "HKD"), Arrays.asList(statements.get(0).getCurrency(),
                statements.get(1).getCurrency()));
        assertEquals("ST-200103-" + guide.code + "-2", statements.get(1).getStatementNo());
    }

    @Test
    void shouldSettleFrozenEntriesWhoseWindowClosedBeforeThePeriodEnded() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Zhao Lei");
        long closed = ledger.entry(line, guide, "COMMISSION", "6.00", "CNY", "FROZEN", null, at(MARCH, 30));
        long open = ledger.entry(line, guide, "COMMISSION", "4.00", "CNY", "FROZEN", null, at(APRIL, 30));

        SettlementStatement statement = only(generate(MARCH), guide);

        assertEquals(new BigDecimal("6.00"), statement.getTotal());
        assertEquals("SETTLED", ledger.stateOf(closed));
        assertEquals("FROZEN", ledger.stateOf(open));
    }

    @Test
    void shouldConfirmThenMarkPaidRecordingWhoAndWhen() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Sun Li");
        long entry = ledger.entry(line, guide, "COMMISSION", "20.00", "SETTLEABLE", at(MARCH, 8));
        SettlementStatement statement = only(generate(MARCH), guide);

        now(at(APRIL, 6));
        SettlementStatement confirmed = settlementService.confirm(statement.getId(), "controller");
        now(at(APRIL, 7));
        SettlementStatement paid = settlementService.markPaid(statement.getId(), " BANK-20010407-1 ", "cashier");

        assertEquals("CONFIRMED", confirmed.getStatus());
        assertEquals("controller", paid.getConfirmedBy());
        assertEquals(at(APRIL, 6), paid.getConfirmedAt());
        assertEquals("PAID", paid.getStatus());
        assertEquals("cashier", paid.getPaidBy());
        assertEquals(at(APRIL, 7), paid.getPaidAt());
        assertEquals("BANK-20010407-1", paid.getPaymentReference());
        assertEquals("PAID", ledger.stateOf(entry));
        assertEquals(at(APRIL, 7), ledger.stateChangedAtOf(entry));
    }

    @Test
    void shouldRefuseStepsOutOfOrder() {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Zhou Min");
        long entry = ledger.entry(line, guide, "COMMISSION", "3.00", "SETTLEABLE", at(MARCH, 8));
        Long id = only(generate(MARCH), guide).getId();

        assertCode(SettlementException.ILLEGAL_TRANSITION, () -> settlementService.markPaid(id, "REF-1", "cashier"));
        settlementService.confirm(id, "controller");
        assertCode(SettlementException.ILLEGAL_TRANSITION, () -> settlementService.confirm(id, "controller"));
        assertCode(SettlementException.PAYMENT_REFERENCE_REQUIRED, () -> settlementService.markPaid(id, "  ", "cashier"));
        assertCode(SettlementException.STATEMENT_NOT_FOUND, () -> settlementService.confirm(-1L, "controller"));
        assertEquals("SETTLED", ledger.stateOf(entry));
    }

    @Test
    void shouldRefuseAPeriodThatHasNotEnded() {
        now(at(MARCH, 20));

        assertCode(SettlementException.PERIOD_NOT_ENDED, () -> generate(MARCH));
        assertCode(SettlementException.INVALID_PERIOD,
                () -> settlementService.generate(at(MARCH, 2), at(MARCH, 1), "finance"));
    }

    @Test
    void shouldExportTheStatementAndItsEntriesAsCsv() throws Exception {
        Beneficiary guide = ledger.beneficiary("GUIDE", "Li, \"Nana\"");
        ledger.entry(line, guide, "COMMISSION", "10.00", "SETTLEABLE", at(MARCH, 3));
        ledger.entry(line, guide, "REVERSAL", "-2.50", "SETTLEABLE", at(MARCH, 4));
        SettlementStatement statement = only(generate(MARCH), guide);
        StringWriter csv = new StringWriter();

        settlementService.writeCsv(statement.getId(), csv, (prefix, code) -> "<" + prefix + code + ">");

        String[] rows = csv.toString().split("\r\n", -1);
        assertEquals('\uFEFF', rows[0].charAt(0));
        assertEquals("Statement," + statement.getStatementNo(), rows[0].substring(1));
        assertEquals("Beneficiary,GUIDE,<BeneficiaryType_GUIDE>," + guide.code + ",\"Li, \"\"Nana\"\"\"", rows[1]);
        assertEquals("Period,2001-03-01,2001-03-31,Asia/Shanghai", rows[2]);
        assertEquals("Currency,CNY", rows[3]);
        assertEquals("Commission total,10.00", rows[4]);
        assertEquals("Reversal total,-2.50", rows[5]);
        assertEquals("Total,7.50", rows[6]);
        assertEquals("Entries,2", rows[7]);
        assertEquals("Status,GENERATED,<gcStatementStatus_GENERATED>", rows[8]);
        assertEquals("", rows[9]);
        assertEquals("Created (Asia/Shanghai),Channel,Order no,Line no,SKU,Role,Role name,Kind,Kind name,Base,Rate %,Amount", rows[10]);
        assertEquals("2001-03-03 00:00:00,TMALL," + line.orderNo + ",1,TEE-001-M,BOUND_GUIDE,<CommissionRole_BOUND_GUIDE>,"
                + "COMMISSION,<EntryKind_COMMISSION>,100.00,5.0000,10.00", rows[11]);
        assertEquals("2001-03-04 00:00:00,TMALL," + line.orderNo + ",1,TEE-001-M,BOUND_GUIDE,<CommissionRole_BOUND_GUIDE>,"
                + "REVERSAL,<EntryKind_REVERSAL>,100.00,5.0000,-2.50", rows[12]);
        assertEquals(14, rows.length, "two entry rows and the final line break");
    }

    private List<SettlementStatement> generate(YearMonth month) {
        return settlementService.generate(SettlementPeriods.start(month, SHANGHAI), SettlementPeriods.end(month, SHANGHAI),
                "finance");
    }

    private static List<SettlementStatement> mine(List<SettlementStatement> statements, Beneficiary beneficiary) {
        List<SettlementStatement> mine = new ArrayList<SettlementStatement>();
        for (SettlementStatement statement : statements) {
            if (statement.getBeneficiaryId() == beneficiary.id && beneficiary.type.equals(statement.getBeneficiaryType())) {
                mine.add(statement);
            }
        }
        return mine;
    }

    private static SettlementStatement only(List<SettlementStatement> statements, Beneficiary beneficiary) {
        List<SettlementStatement> mine = mine(statements, beneficiary);
        assertEquals(1, mine.size(), "statements of " + beneficiary.code);
        return mine.get(0);
    }

    private static void assertCode(String code, Runnable step) {
        SettlementException e = assertThrows(SettlementException.class, step::run);
        assertEquals(code, e.getCode());
        assertTrue(e.getMessage().length() > 10, "a message a person can act on");
    }

    private static Date at(YearMonth month, int day) {
        return Date.from(ZonedDateTime.of(month.getYear(), month.getMonthValue(), day, 0, 0, 0, 0, SHANGHAI).toInstant());
    }

    private static void now(Date moment) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(moment.getTime()));
    }
}
