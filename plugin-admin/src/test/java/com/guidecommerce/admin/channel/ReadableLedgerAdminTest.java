package com.guidecommerce.admin.channel;

import com.guidecommerce.admin.commission.handler.LedgerListPersistenceHandler;
import com.guidecommerce.admin.commission.web.LedgerController;
import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelEventRecord;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The ledger, the channel events and the channels as HQ reads them in Chinese, through Broadleaf's own grid and form
 * building with the plugin's handlers: labels instead of codes, money with its currency sign and two decimals, rates
 * as {@code 5 %}, 是/否 instead of true/false, notes in the reader's language and older sentences as they were stored.
 */
@ExtendWith(BroadleafContextExtension.class)
class ReadableLedgerAdminTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();
    private static final List<String> RAW = Arrays.asList("COMMISSION", "REVERSAL", "BOUND_GUIDE", "FRANCHISEE",
            "GUIDE", "PENDING", "FROZEN", "APPLIED", "WAITING", "DUPLICATE", "ORDER_PAID", "API", "PAID", "true", "false");

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "blFormBuilderService")
    FormBuilderService formBuilderService;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    AdminFixtures fixtures;
    LedgerRows rows;
    AutoCloseable entityManagerInView;
    String channel;

    @BeforeEach
    void signInInChinese() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        rows = new LedgerRows(context);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
        LocaleImpl chinese = new LocaleImpl();
        chinese.setLocaleCode("zh_CN");
        BroadleafRequestContext.getBroadleafRequestContext().setLocale(chinese);
        channel = rows.channel();
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldShowLedgerEntriesWithLabelsMoneyAndRates() throws Exception {
        long order = rows.order(channel, new Date(1700000000000L)).insert();
        long line = rows.line(order, "1", "SKU-1", "Silk scarf", "199.00", "0.00");
        LedgerRows.PlanRow plan = rows.plan("RETIRED", new Date(0L), "BOUND_GUIDE", "5");
        long entry = rows.entry(channel, order, line).beneficiary("BOUND_GUIDE", "GUIDE", 1L, "G1", "Li Na")
                .amounts("199.00", "5.0000", "9.95").state("FROZEN", new Date(1800000000000L))
                .plan(plan, Note.of("rule.rate", Note.label("CommissionRole_BOUND_GUIDE")).format()).insert();

        ListGridRecord record = gridRecords(CommissionEntry.class).get(0);

        assertEquals(message("EntryKind_COMMISSION"), shown(record, "kind"));
        assertEquals(message("CommissionRole_BOUND_GUIDE"), shown(record, "role"));
        assertEquals(message("EntryState_FROZEN"), shown(record, "state"));
        assertEquals("\u00a59.95", shown(record, "amount"));
        assertEquals("5 %", shown(record, "ratePercent"));
        assertNoRawValues(record);

        EntityForm form = form(CommissionEntry.class, entry);
        assertEquals(message("BeneficiaryType_GUIDE"), form.findField("beneficiaryType").getDisplayValue());
        assertEquals("\u00a5199.00", form.findField("baseAmount").getDisplayValue());
        assertEquals(message("CommissionRole_BOUND_GUIDE") + "\u6bd4\u4f8b", form.findField("ruleScope").getDisplayValue());
    }

    @Test
    void shouldShowTheLedgerTotalsInTheMoneyFormatOfTheGridCells() throws Exception {
        long order = rows.order(channel, new Date(1700000000000L)).insert();
        long line = rows.line(order, "1", "SKU-1", "Silk scarf", "2099.00", "0.00");
        rows.entry(channel, order, line).beneficiary("BOUND_GUIDE", "GUIDE", 1L, "G1", "Li Na")
                .amounts("2099.00", "10.0000", "209.79").insert();
        String cell = shown(gridRecords(CommissionEntry.class).get(0), "amount");

        DynamicResultSet totals = adminEntityService.getRecords(request(CommissionEntry.class)
                .addCustomCriteria(LedgerListPersistenceHandler.TOTALS_ONLY)
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {new FilterAndSortCriteria("channelCode", channel)})
                .withStartIndex(0).withMaxIndex(0)).getDynamicResultSet();
        Map<String, String> total = new LedgerController(context.getBean("gcReadableValues", ReadableValues.class))
                .rows(totals).get(0);

        assertEquals("\u00a5209.79", cell);
        assertEquals(cell, total.get(LedgerListPersistenceHandler.AMOUNT));
        assertEquals("CNY", total.get(LedgerListPersistenceHandler.CURRENCY));
        assertEquals("1", total.get(LedgerListPersistenceHandler.COUNT));
    }

    @Test
    void shouldShowEventStatesAndNotesInChineseAndOlderSentencesAsStored() throws Exception {
        rows.event(channel, "NO1", "ORDER_PAID:NO1", new Date(1700000000000L), "{}", "WAITING",
                Note.of("event.waitingForOrder", "NO1").format());
        rows.event(channel, "NO2", "ORDER_PAID:NO2", new Date(1700003600000L), "{}", "FAILED",
                "processing failed (the disk is full)");

        List<ListGridRecord> records = gridRecords(ChannelEventRecord.class);

        assertEquals(message("EventStatus_FAILED"), shown(records.get(0), "status"));
        assertEquals("processing failed (the disk is full)", shown(records.get(0), "message"));
        assertEquals(message("EventStatus_WAITING"), shown(records.get(1), "status"));
        assertEquals(messageSource.getMessage("gcNote.event.waitingForOrder", new Object[] {"NO1"}, CHINESE),
                shown(records.get(1), "message"));
        assertEquals(message("IngestSource_API"), shown(records.get(1), "source"));
        assertNoRawValues(records.get(1));
    }

    @Test
    void shouldShowYesAndNoInsteadOfTrueAndFalse() throws Exception {
        List<ListGridRecord> records = gridRecords(Channel.class, new FilterAndSortCriteria("code", channel));

        assertEquals(message("gcValue_true"), shown(records.get(0), "active"));
        assertNoRawValues(records.get(0));
    }

    private List<ListGridRecord> gridRecords(Class<?> ceilingEntity) throws Exception {
        return gridRecords(ceilingEntity, new FilterAndSortCriteria("channelCode", channel));
    }

    /** The section's main grid as Broadleaf builds it for the page, the plugin's handlers included. */
    private List<ListGridRecord> gridRecords(Class<?> ceilingEntity, FilterAndSortCriteria filter) throws Exception {
        PersistencePackageRequest request = request(ceilingEntity)
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {filter});
        ClassMetadata metadata = adminEntityService.getClassMetadata(request).getDynamicResultSet().getClassMetaData();
        DynamicResultSet records = adminEntityService.getRecords(request).getDynamicResultSet();
        ListGrid grid = formBuilderService.buildMainListGrid(records, metadata, "gc-test", NO_CRUMBS);
        return grid.getRecords();
    }

    private EntityForm form(Class<?> ceilingEntity, long id) throws Exception {
        PersistencePackageRequest request = request(ceilingEntity);
        ClassMetadata metadata = adminEntityService.getClassMetadata(request).getDynamicResultSet().getClassMetaData();
        Entity entity = adminEntityService.getRecord(request, String.valueOf(id), metadata, false)
                .getDynamicResultSet().getRecords()[0];
        return formBuilderService.createEntityForm(metadata, entity, NO_CRUMBS);
    }

    private static PersistencePackageRequest request(Class<?> ceilingEntity) {
        return PersistencePackageRequest.standard().withCeilingEntityClassname(ceilingEntity.getName());
    }

    private static String shown(ListGridRecord record, String field) {
        return record.getField(field).getDisplayValue();
    }

    /** No visible cell reads as one of our codes or as true/false. */
    private static void assertNoRawValues(ListGridRecord record) {
        List<String> shown = new ArrayList<String>();
        for (Field header : record.getListGrid().getHeaderFields()) {
            if (header.getIsVisible() && record.getField(header.getName()) != null) {
                shown.add(shown(record, header.getName()));
            }
        }
        for (String value : shown) {
            assertFalse(RAW.contains(value), () -> "a raw value among " + shown);
        }
    }

    private String message(String key) {
        return messageSource.getMessage(key, null, CHINESE);
    }
}
