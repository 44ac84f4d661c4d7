package com.guidecommerce.admin.settlement;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.GridColumns;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.rule.SettlementPeriods;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerFixtures;
import com.guidecommerce.core.test.LedgerFixtures.Beneficiary;
import com.guidecommerce.core.test.LedgerFixtures.Line;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Settlement statements section lists real statements, newest first, through Broadleaf's admin. */
@ExtendWith(BroadleafContextExtension.class)
class SettlementStatementAdminTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcSettlementService")
    SettlementService settlementService;

    AdminFixtures fixtures;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
    }

    @AfterEach
    void signOut() throws Exception {
        SystemTime.resetGlobalTimeSource();
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldListTheNewestStatementFirst() throws Exception {
        LedgerFixtures ledger = new LedgerFixtures(context);
        Line line = ledger.orderLine("POS", "TEE-1", month(2002, 1));
        Beneficiary guide = ledger.beneficiary("GUIDE", "Li Na");
        ledger.entry(line, guide, "COMMISSION", "5.00", "SETTLEABLE", month(2002, 1));
        String older = generate(2002, 1, guide);
        ledger.entry(line, guide, "COMMISSION", "6.00", "SETTLEABLE", month(2002, 2));
        String newer = generate(2002, 2, guide);

        DynamicResultSet grid = adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(SettlementStatement.class.getName())).getDynamicResultSet();

        assertEquals(newer, grid.getRecords()[0].findProperty("statementNo").getValue());
        assertEquals(older, grid.getRecords()[1].findProperty("statementNo").getValue());
    }

    @Test
    void shouldFindAStatementByItsNumberOrPartOfItTypedInTheSearchBox() throws Exception {
        LedgerFixtures ledger = new LedgerFixtures(context);
        Line line = ledger.orderLine("POS", "TEE-1", month(2003, 1));
        Beneficiary guide = ledger.beneficiary("GUIDE", "Li Na");
        Beneficiary other = ledger.beneficiary("GUIDE", "Wang Fang");
        ledger.entry(line, guide, "COMMISSION", "5.00", "SETTLEABLE", month(2003, 1));
        ledger.entry(line, other, "COMMISSION", "7.00", "SETTLEABLE", month(2003, 1));
        String statementNo = generate(2003, 1, guide);

        // Broadleaf's search box fills the filter of the grid's first column: the statement number, then the beneficiary.
        assertEquals("statementNo", GridColumns.first(adminEntityService, section()));
        assertEquals(Collections.singletonList(statementNo), searched(statementNo));
        assertEquals(Collections.singletonList(statementNo),
                searched(statementNo.substring(3).toLowerCase()));
        assertEquals(Collections.singletonList(statementNo), searched(guide.code));
    }

    private List<String> searched(String typed) throws Exception {
        DynamicResultSet grid = adminEntityService.getRecords(section().withFilterAndSortCriteria(
                new FilterAndSortCriteria[] {new FilterAndSortCriteria("statementNo", typed)})).getDynamicResultSet();
        List<String> found = new ArrayList<String>();
        for (Entity record : grid.getRecords()) {
            found.add(record.findProperty("statementNo").getValue());
        }
        return found;
    }

    private static PersistencePackageRequest section() {
        return PersistencePackageRequest.standard().withCeilingEntityClassname(SettlementStatement.class.getName());
    }

    private String generate(int year, int monthOfYear, Beneficiary guide) {
        YearMonth month = YearMonth.of(year, monthOfYear);
        SystemTime.setGlobalTimeSource(new FixedTimeSource(SettlementPeriods.end(month, SHANGHAI).getTime() + 60_000L));
        List<SettlementStatement> created = settlementService.generate(SettlementPeriods.start(month, SHANGHAI),
                SettlementPeriods.end(month, SHANGHAI), "finance");
        for (SettlementStatement statement : created) {
            if (statement.getBeneficiaryId() == guide.id) {
                return statement.getStatementNo();
            }
        }
        throw new AssertionError("no statement for " + guide.code);
    }

    private static Date month(int year, int monthOfYear) {
        return new Date(SettlementPeriods.start(YearMonth.of(year, monthOfYear), SHANGHAI).getTime() + 3_600_000L);
    }
}
