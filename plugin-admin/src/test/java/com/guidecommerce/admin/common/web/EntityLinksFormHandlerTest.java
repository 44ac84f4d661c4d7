package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class EntityLinksFormHandlerTest {

    private final EntityLinksFormHandler handler = new EntityLinksFormHandler(new FormBuilderExtensionManager(),
            Collections.singletonList(new EntityLinks(CommissionPlan.class, "GcCommissionPlan_links", "/gc-commission-plan",
                    Arrays.asList(new PageLink("publish", "GcCommissionPlan_publishLink", "status=DRAFT"),
                            new PageLink("new-version", "GcCommissionPlan_newVersionLink")))));

    @Test
    void shouldLinkADraftToItsPublishAndNewVersionPages() {
        EntityForm form = form(CommissionPlan.class.getName(), "7");

        handler.modifyPopulatedEntityForm(form, entity("DRAFT"));

        Field links = form.findField("GcCommissionPlan_links");
        assertEquals(EntityLinksFormHandler.FIELD_TYPE, links.getFieldType());
        assertEquals("/gc-commission-plan", links.getAttribute(EntityLinksFormHandler.BASE_PATH));
        assertEquals(Arrays.asList("publish", "new-version"), paths(links));
    }

    @Test
    void shouldOfferOnlyANewVersionOfAPublishedPlan() {
        EntityForm form = form(CommissionPlan.class.getName(), "7");

        handler.modifyPopulatedEntityForm(form, entity("ACTIVE"));

        assertEquals(Collections.singletonList("new-version"), paths(form.findField("GcCommissionPlan_links")));
    }

    @Test
    void shouldKeepTheLinksWhenBroadleafMakesTheScreenReadOnly() {
        EntityForm form = form(CommissionPlan.class.getName(), "7");
        handler.modifyPopulatedEntityForm(form, entity("ACTIVE"));

        form.setReadOnly();

        assertFalse(form.findField("GcCommissionPlan_links").getReadOnly());
    }

    @Test
    void shouldLeaveOtherScreensAndUnsavedEntitiesAlone() {
        EntityForm other = form("com.example.Other", "7");
        EntityForm unsaved = form(CommissionPlan.class.getName(), null);

        handler.modifyPopulatedEntityForm(other, entity("DRAFT"));
        handler.modifyPopulatedEntityForm(unsaved, entity("DRAFT"));

        assertNull(other.findField("GcCommissionPlan_links"));
        assertNull(unsaved.findField("GcCommissionPlan_links"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldLinkAnOrderToItsLedgerEntriesByItsNumberAndOnlyWhenItHasOne() {
        EntityLinksFormHandler orders = new EntityLinksFormHandler(new FormBuilderExtensionManager(),
                Collections.singletonList(new EntityLinks(ChannelOrder.class, "GcChannelOrder_links", "/gc-channel-order",
                        Arrays.asList(new PageLink("ledger", "GcChannelOrder_ledgerLink", null,
                                "/gc-commission-entry?orderNo={orderNo}")))));
        EntityForm form = form(ChannelOrder.class.getName(), "7");
        EntityForm withoutNumber = form(ChannelOrder.class.getName(), "8");

        orders.modifyPopulatedEntityForm(form, entity("orderNo", "TB 1&2"));
        orders.modifyPopulatedEntityForm(withoutNumber, entity("orderNo", null));

        Map<String, String> hrefs = (Map<String, String>) form.findField("GcChannelOrder_links")
                .getAttribute(EntityLinksFormHandler.HREFS);
        assertEquals("/gc-commission-entry?orderNo=TB+1%262", hrefs.get("ledger"));
        assertNull(withoutNumber.findField("GcChannelOrder_links"));
    }

    private static EntityForm form(String ceilingEntity, String id) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(ceilingEntity);
        form.setId(id);
        return form;
    }

    private static Entity entity(String status) {
        return entity("status", status);
    }

    private static Entity entity(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        Entity entity = new Entity();
        entity.setProperties(new Property[] {property});
        return entity;
    }

    @SuppressWarnings("unchecked")
    private static List<String> paths(Field links) {
        List<String> paths = new ArrayList<String>();
        for (PageLink link : (List<PageLink>) links.getAttribute(EntityLinksFormHandler.LINKS)) {
            paths.add(link.getPath());
        }
        return paths;
    }
}
