package com.guidecommerce.admin.channel;

import com.guidecommerce.admin.channel.handler.ChannelOrderListPersistenceHandler;
import com.guidecommerce.admin.commission.handler.LedgerListPersistenceHandler;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.GridColumns;
import com.guidecommerce.core.channel.domain.ChannelEventRecord;
import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.server.service.persistence.module.BasicPersistenceModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The read-only Channel Events, Channel Orders, Unmatched Orders and Commission Ledger sections over rows written as
 * the ingest pipeline writes them. Each test filters on a channel of its own, so rows of other tests never show.
 */
@ExtendWith(BroadleafContextExtension.class)
class LedgerSectionsAdminTest {

    private static final long HOUR = TimeUnit.HOURS.toMillis(1);
    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    AdminFixtures fixtures;
    LedgerRows rows;
    AutoCloseable entityManagerInView;
    String channel;
    Date start;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        rows = new LedgerRows(context);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
        channel = rows.channel();
        start = new Date(1700000000000L);
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }

    @Test
    void shouldListEventsNewestFirstAndShowTheRawPayload() throws Exception {
        rows.event(channel, "NO1", "ORDER_PAID:NO1", at(1), "{\"type\":\"ORDER_PAID\"}");
        long refund = rows.event(channel, "NO1", "REFUND:R1", at(2), "{\"type\":\"REFUND\",\"refundNo\":\"R1\"}");

        DynamicResultSet grid = section(ChannelEventRecord.class, null);

        assertEquals(Arrays.asList("REFUND:R1", "ORDER_PAID:NO1"), values(grid, "eventKey"));
        Entity record = record(ChannelEventRecord.class, null, refund);
        assertEquals("{\"type\":\"REFUND\",\"refundNo\":\"R1\"}", record.findProperty("payload").getValue());
    }

    @Test
    void shouldFilterEventsByStatusToShowTheFailedOnesWithTheirReason() throws Exception {
        rows.event(channel, "NO2", "ORDER_PAID:NO2", at(1), "{\"type\":\"ORDER_PAID\"}");
        rows.event(channel, "NO3", "ORDER_PAID:NO3", at(2), "{\"type\":\"ORDER_PAID\"}", "FAILED",
                "processing failed (the disk is full)");

        DynamicResultSet grid = adminEntityService.getRecords(request(ChannelEventRecord.class, null)
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {
                        new FilterAndSortCriteria("channelCode", channel), new FilterAndSortCriteria("status", "FAILED")}))
                .getDynamicResultSet();

        assertEquals(Collections.singletonList("ORDER_PAID:NO3"), values(grid, "eventKey"));
        assertEquals("processing failed (the disk is full)", values(grid, "message").get(0));
    }

    @Test
    void shouldListOrdersNewestPaidFirst() throws Exception {
        long older = rows.order(channel, at(1)).member(new OrganisationFixtures(context).member()).insert();
        long newer = rows.order(channel, at(2)).insert();

        DynamicResultSet grid = section(ChannelOrder.class, null);

        assertEquals(Arrays.asList(String.valueOf(newer), String.valueOf(older)), values(grid, "id"));
    }

    @Test
    void shouldListOnlyUnmatchedOrdersInTheUnmatchedQueueYetOpenAnyOrderById() throws Exception {
        long matched = rows.order(channel, at(1)).member(new OrganisationFixtures(context).member()).insert();
        long unmatched = rows.order(channel, at(2)).buyerId("tb-buyer-1").insert();
        String[] queue = {ChannelOrderListPersistenceHandler.UNMATCHED_ONLY};

        DynamicResultSet grid = section(ChannelOrder.class, queue);

        assertEquals(Collections.singletonList(String.valueOf(unmatched)), values(grid, "id"));
        assertEquals(String.valueOf(matched), record(ChannelOrder.class, queue, matched).findProperty("id").getValue());
    }

    @Test
    void shouldNameAnOrderByItsNumberInTheBreadcrumbOfItsPage() throws Exception {
        LedgerRows.OrderRow row = rows.order(channel, at(1));
        long order = row.insert();

        assertEquals(row.orderNo(), record(ChannelOrder.class, null, order)
                .findProperty(BasicPersistenceModule.MAIN_ENTITY_NAME_PROPERTY).getValue());
    }

    @Test
    void shouldShowAnOrdersLines() throws Exception {
        long order = rows.order(channel, at(1)).insert();
        rows.line(order, "1", "SKU-1", "Silk scarf", "199.00", "0.00");
        rows.line(order, "2", "SKU-2", "Wool coat", "899.00", "0.00");
        PersistencePackageRequest section = request(ChannelOrder.class, null);
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        Entity parent = record(ChannelOrder.class, null, order);

        DynamicResultSet lines = adminEntityService.getRecordsForCollection(metadata, parent,
                metadata.getPMap().get("lines"), null, null, null, NO_CRUMBS).getDynamicResultSet();

        assertEquals(Arrays.asList("SKU-1", "SKU-2"), values(lines, "sku"));
    }

    @Test
    void shouldFilterTheLedgerByStateAndBeneficiaryNewestFirst() throws Exception {
        long order = rows.order(channel, at(1)).insert();
        long line = rows.line(order, "1", "SKU-1", "Silk scarf", "199.00", "0.00");
        String guide = "G" + LedgerRows.nextId();
        long first = rows.entry(channel, order, line).beneficiary("BOUND_GUIDE", "GUIDE", 1L, guide, "Li Na")
                .state("FROZEN", at(100)).createdAt(at(1)).insert();
        long second = rows.entry(channel, order, line).beneficiary("SHARER", "GUIDE", 1L, guide, "Li Na")
                .state("FROZEN", at(100)).createdAt(at(2)).insert();
        rows.entry(channel, order, line).beneficiary("BOUND_GUIDE", "GUIDE", 1L, guide, "Li Na").createdAt(at(3)).insert();
        rows.entry(channel, order, line).beneficiary("FRANCHISEE", "FRANCHISEE", 2L, "F" + LedgerRows.nextId(), "Partner")
                .state("FROZEN", at(100)).createdAt(at(4)).insert();

        DynamicResultSet grid = adminEntityService.getRecords(request(CommissionEntry.class, null)
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {
                        new FilterAndSortCriteria("state", "FROZEN"),
                        new FilterAndSortCriteria("beneficiaryCode", guide)}))
                .getDynamicResultSet();

        assertEquals(Arrays.asList(String.valueOf(second), String.valueOf(first)), values(grid, "id"));
    }

    @Test
    void shouldSearchEventsOrdersAndTheLedgerByTheOrderNumberTypedInTheSearchBox() throws Exception {
        RowsOfOneOrder order = orderWithEventAndEntry();

        // Broadleaf's search box fills the filter of the grid's first column.
        assertEquals("orderNo", firstColumn(ChannelEventRecord.class));
        assertEquals("orderNo", firstColumn(ChannelOrder.class));
        assertEquals("orderNo", firstColumn(CommissionEntry.class));
        assertEquals(Collections.singletonList(String.valueOf(order.event)),
                values(searched(ChannelEventRecord.class, order.orderNo), "id"));
        assertEquals(Collections.singletonList(String.valueOf(order.id)),
                values(searched(ChannelOrder.class, order.orderNo), "id"));
        assertEquals(Collections.singletonList(order.orderNo), values(searched(CommissionEntry.class, order.orderNo),
                "orderNo"));
    }

    @Test
    void shouldFindLedgerEntriesByTheirBeneficiaryThroughTheSearchBoxToo() throws Exception {
        RowsOfOneOrder order = orderWithEventAndEntry();

        DynamicResultSet grid = searched(CommissionEntry.class, order.guideCode.toLowerCase());

        assertEquals(Collections.singletonList(String.valueOf(order.entry)), values(grid, "id"));
    }

    @Test
    void shouldTotalEveryEntryTheFilterSelectsNotOnlyThePageShown() throws Exception {
        long order = rows.order(channel, at(1)).insert();
        long line = rows.line(order, "1", "SKU-1", "Silk scarf", "199.00", "0.00");
        String guide = "G" + LedgerRows.nextId();
        rows.entry(channel, order, line).beneficiary("BOUND_GUIDE", "GUIDE", 1L, guide, "Li Na")
                .amounts("199.00", "5.0000", "9.95").createdAt(at(1)).insert();
        rows.entry(channel, order, line).beneficiary("SHARER", "GUIDE", 1L, guide, "Li Na")
                .amounts("199.00", "10.0000", "19.90").createdAt(at(2)).insert();
        rows.entry(channel, order, line).beneficiary("BOUND_GUIDE", "GUIDE", 1L, guide, "Li Na").kind("REVERSAL")
                .amounts("100.00", "5.0000", "-5.00").createdAt(at(3)).insert();
        rows.entry(channel, order, line).beneficiary("FRANCHISEE", "FRANCHISEE", 2L, "F" + LedgerRows.nextId(), "Partner")
                .amounts("199.00", "2.0000", "3.98").createdAt(at(4)).insert();

        DynamicResultSet totals = adminEntityService.getRecords(request(CommissionEntry.class,
                new String[] {LedgerListPersistenceHandler.TOTALS_ONLY})
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {
                        new FilterAndSortCriteria("channelCode", channel),
                        new FilterAndSortCriteria("beneficiaryCode", guide)})
                .withStartIndex(0).withMaxIndex(0))
                .getDynamicResultSet();

        assertEquals(Collections.singletonList("CNY"), values(totals, LedgerListPersistenceHandler.CURRENCY));
        assertEquals("24.85", values(totals, LedgerListPersistenceHandler.AMOUNT).get(0), "9.95 + 19.90 - 5.00");
        assertEquals("3", values(totals, LedgerListPersistenceHandler.COUNT).get(0));
    }

    private RowsOfOneOrder orderWithEventAndEntry() {
        RowsOfOneOrder order = new RowsOfOneOrder();
        LedgerRows.OrderRow row = rows.order(channel, at(1));
        order.orderNo = row.orderNo();
        order.id = row.insert();
        order.event = rows.event(channel, order.orderNo, "ORDER_PAID:" + order.orderNo, at(1), "{}");
        long line = rows.line(order.id, "1", "SKU-1", "Silk scarf", "199.00", "0.00");
        order.guideCode = "G" + LedgerRows.nextId();
        order.entry = rows.entry(channel, order.id, line).beneficiary("BOUND_GUIDE", "GUIDE", 1L, order.guideCode,
                "Li Na").createdAt(at(1)).insert();
        return order;
    }

    /** The grid of the section as its search box asks for it, narrowed to this test's channel. */
    private DynamicResultSet searched(Class<?> ceilingEntity, String typed) throws Exception {
        String firstColumn = firstColumn(ceilingEntity);
        return adminEntityService.getRecords(request(ceilingEntity, null)
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {
                        new FilterAndSortCriteria("channelCode", channel),
                        new FilterAndSortCriteria(firstColumn, typed)}))
                .getDynamicResultSet();
    }

    private String firstColumn(Class<?> ceilingEntity) throws Exception {
        return GridColumns.first(adminEntityService, request(ceilingEntity, null));
    }

    /** An order with one event and one ledger entry. */
    private static final class RowsOfOneOrder {
        String orderNo;
        long id;
        long event;
        long entry;
        String guideCode;
    }

    private Date at(int hours) {
        return new Date(start.getTime() + hours * HOUR);
    }

    private PersistencePackageRequest request(Class<?> ceilingEntity, String[] customCriteria) {
        return PersistencePackageRequest.standard().withCeilingEntityClassname(ceilingEntity.getName())
                .withCustomCriteria(customCriteria);
    }

    /** The section's grid in its default order, filtered to this test's channel. */
    private DynamicResultSet section(Class<?> ceilingEntity, String[] customCriteria) throws Exception {
        return adminEntityService.getRecords(request(ceilingEntity, customCriteria)
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {new FilterAndSortCriteria("channelCode", channel)}))
                .getDynamicResultSet();
    }

    private Entity record(Class<?> ceilingEntity, String[] customCriteria, long id) throws Exception {
        PersistencePackageRequest section = request(ceilingEntity, customCriteria);
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        return adminEntityService.getRecord(section, String.valueOf(id), metadata, false).getDynamicResultSet().getRecords()[0];
    }

    private static List<String> values(DynamicResultSet grid, String property) {
        List<String> values = new ArrayList<String>();
        for (Entity record : grid.getRecords()) {
            values.add(record.findProperty(property).getValue());
        }
        return values;
    }
}
