package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.channel.domain.ChannelEventRecord;
import com.guidecommerce.core.common.time.StoreTimeZones;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Grid cells and read-only form fields of the plugin's entities show their times by the one time rule, whatever zone
 * the server writes Broadleaf's values in (UTC here).
 */
class DateTimesFormHandlerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
    /** 17:30 on 3 November in UTC, as Broadleaf writes it for a request in UTC. */
    private static final String SENT = "2026.11.03 17:30:00";

    private final StoreTimeZones zones = zones();
    private Locale reader = Locale.SIMPLIFIED_CHINESE;

    private final DateTimesFormHandler handler = new DateTimesFormHandler(new FormBuilderExtensionManager(), zones,
            Collections.singletonList(new RecordZone(MemberBinding.class, "guide:guide")),
            Collections.singleton("hireDate"), Collections.singleton("periodStart")) {
        @Override
        protected ZoneId requestZone() {
            return ZoneId.of("UTC");
        }

        @Override
        protected Locale readerLocale() {
            return reader;
        }
    };

    @Test
    void shouldShowAGridTimeInHqsZoneInTheReadersFormat() {
        ListGridRecord record = record("receivedAt", SENT);

        handler.modifyListGridRecord(ChannelEventRecord.class.getName(), record, entity("guide", null));

        assertEquals("2026-11-04 01:30", record.getField("receivedAt").getDisplayValue());
    }

    @Test
    void shouldShowARowOfAStoreInItsZoneAndNameIt() {
        ListGridRecord record = record("boundAt", SENT);
        reader = Locale.US;

        handler.modifyListGridRecord(MemberBinding.class.getName(), record, entity("guide", "7"));

        assertEquals("Nov 3, 2026 11:30 PM (Asia/Urumqi)", record.getField("boundAt").getDisplayValue());
    }

    @Test
    void shouldShowDaysAsDays() {
        ListGridRecord entered = record("hireDate", "2026.11.03 00:00:00");
        ListGridRecord periodStart = record("periodStart", "2026.10.31 16:00:00");

        handler.modifyListGridRecord(ChannelEventRecord.class.getName(), entered, entity("guide", null));
        handler.modifyListGridRecord(ChannelEventRecord.class.getName(), periodStart, entity("guide", null));

        assertEquals("2026-11-03", entered.getField("hireDate").getDisplayValue(), "as the person entered it");
        assertEquals("2026-11-01", periodStart.getField("periodStart").getDisplayValue(), "the first day in HQ's zone");
    }

    @Test
    void shouldShowReadOnlyFormFieldsTheSameWayAndLeaveEditableOnesToTheDatePicker() {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(ChannelEventRecord.class.getName());
        form.addField(dateField("receivedAt", true));
        form.addField(dateField("processedAt", false));

        handler.modifyPopulatedEntityForm(form, entity("guide", null));

        assertEquals("2026-11-04 01:30", form.findField("receivedAt").getDisplayValue());
        assertEquals(SENT, form.findField("processedAt").getDisplayValue());
    }

    @Test
    void shouldLeaveOtherEntitiesAlone() {
        ListGridRecord record = record("createdAt", SENT);

        handler.modifyListGridRecord("org.broadleafcommerce.core.order.domain.OrderImpl", record, entity("guide", null));

        assertEquals(SENT, record.getField("createdAt").getDisplayValue());
    }

    private static StoreTimeZones zones() {
        StoreTimeZones zones = mock(StoreTimeZones.class);
        when(zones.getDefaultZone()).thenReturn(SHANGHAI);
        when(zones.ofGuide(null)).thenReturn(SHANGHAI);
        when(zones.ofGuide(7L)).thenReturn(URUMQI);
        return zones;
    }

    private static ListGridRecord record(String fieldName, String value) {
        ListGrid grid = new ListGrid();
        grid.getHeaderFields().add(new Field().withName(fieldName).withFieldType("DATE").withOrder(1));
        ListGridRecord record = new ListGridRecord();
        record.setListGrid(grid);
        record.getFields().add(new Field().withName(fieldName).withValue(value));
        return record;
    }

    private static Field dateField(String name, boolean readOnly) {
        Field field = new Field().withName(name).withFieldType("DATE").withValue(SENT);
        field.setReadOnly(readOnly);
        return field;
    }

    private static Entity entity(String property, String value) {
        Property found = new Property();
        found.setName(property);
        found.setValue(value);
        Entity entity = new Entity();
        entity.setProperties(new Property[] {found});
        return entity;
    }
}
