package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.ComboField;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnumerationLabelsFormHandlerTest {

    private static final String POLICY = "com.guidecommerce.core.binding.domain.BindingPolicy";

    private EnumerationLabelsFormHandler handler;

    @BeforeEach
    void setUp() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("BindingSource_STORE_QR", Locale.SIMPLIFIED_CHINESE, "\u95e8\u5e97\u626b\u7801");
        messages.addMessage("BindingSource_POS", Locale.SIMPLIFIED_CHINESE, "\u95e8\u5e97\u6536\u94f6");
        handler = new EnumerationLabelsFormHandler(new FormBuilderExtensionManager(), messages) {
            @Override
            protected Locale currentLocale() {
                return Locale.SIMPLIFIED_CHINESE;
            }
        };
    }

    @Test
    void shouldTranslateAnEnumerationCellOfOurGrids() {
        ListGridRecord record = gridRecord("BindingSource_STORE_QR");

        handler.modifyListGridRecord(POLICY, record, new Entity());

        assertEquals("\u95e8\u5e97\u626b\u7801", record.getField("source").getDisplayValue());
    }

    @Test
    void shouldLeaveBroadleafsOwnGridsAlone() {
        ListGridRecord record = gridRecord("BindingSource_STORE_QR");

        handler.modifyListGridRecord("org.broadleafcommerce.core.offer.domain.Offer", record, new Entity());

        assertEquals("BindingSource_STORE_QR", record.getField("source").getDisplayValue());
    }

    @Test
    void shouldTranslateTheOptionsOfAnEnumerationField() {
        EntityForm form = formWith(combo());

        handler.modifyUnpopulatedEntityForm(form);

        assertEquals(Arrays.asList("\u95e8\u5e97\u626b\u7801", "\u95e8\u5e97\u6536\u94f6"),
                Arrays.asList(((ComboField) form.findField("source")).getOptions().values().toArray()));
    }

    @Test
    void shouldTranslateAReadOnlyEnumerationValue() {
        ComboField source = combo();
        source.setDisplayValue("BindingSource_POS");
        EntityForm form = formWith(source);

        handler.modifyPopulatedEntityForm(form, new Entity());

        assertEquals("\u95e8\u5e97\u6536\u94f6", form.findField("source").getDisplayValue());
    }

    @Test
    void shouldLabelAReadOnlyValueShownAsItsBareCode() {
        ComboField source = combo();
        source.setValue("POS");
        EntityForm form = formWith(source);

        handler.modifyPopulatedEntityForm(form, new Entity());

        assertEquals("\u95e8\u5e97\u6536\u94f6", form.findField("source").getDisplayValue());
    }

    @Test
    void shouldKeepAKeyWithoutALabel() {
        ListGridRecord record = gridRecord("BindingSource_UNKNOWN");

        handler.modifyListGridRecord(POLICY, record, new Entity());

        assertEquals("BindingSource_UNKNOWN", record.getField("source").getDisplayValue());
    }

    private static ListGridRecord gridRecord(String displayValue) {
        ListGrid grid = new ListGrid();
        grid.getHeaderFields().add(combo());
        ListGridRecord record = new ListGridRecord();
        record.setListGrid(grid);
        record.getFields().add(new Field().withName("source").withValue("X").withDisplayValue(displayValue));
        return record;
    }

    private static ComboField combo() {
        ComboField field = new ComboField();
        field.setName("source");
        field.setFieldType("BROADLEAF_ENUMERATION");
        Map<String, String> options = new LinkedHashMap<String, String>();
        options.put("STORE_QR", "BindingSource_STORE_QR");
        options.put("POS", "BindingSource_POS");
        field.setOptions(options);
        return field;
    }

    private static EntityForm formWith(Field field) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(POLICY);
        form.addField(field);
        return form;
    }
}
