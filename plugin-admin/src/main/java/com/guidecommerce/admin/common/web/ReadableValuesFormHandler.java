package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Shows the plugin's values as people read them in list grids and read-only form fields, where Broadleaf prints them
 * raw: booleans as 是/否 (Yes/No) instead of {@code true}/{@code false}, rates (fields named {@code …Percent}) as
 * {@code 5 %} instead of {@code 5.0000}, and stored notes (reasons, messages, evidence, notes, a ledger entry's rule)
 * in the reader's language. An editable rate shows {@code 5} in its input. Only entities of the plugin's packages are
 * touched. Bean {@code gcReadableValuesFormHandler}.
 */
public class ReadableValuesFormHandler extends PluginFormHandler {

    private static final String BOOLEAN = SupportedFieldType.BOOLEAN.toString();
    private static final String PERCENT_SUFFIX = "Percent";
    /** The plugin's fields that hold notes ({@link com.guidecommerce.core.common.Note}) or older plain sentences. */
    private static final Set<String> NOTE_FIELDS = new HashSet<String>(Arrays.asList("reason", "message", "evidence",
            "note", "ruleScope", "createdBy", "rewardNote"));

    private final ReadableValues readable;

    public ReadableValuesFormHandler(FormBuilderExtensionManager extensionManager, ReadableValues readable) {
        super(extensionManager);
        this.readable = readable;
    }

    @Override
    public ExtensionResultStatusType modifyListGridRecord(String className, ListGridRecord record, Entity entity) {
        if (!isPlugins(className)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        for (Field header : record.getListGrid().getHeaderFields()) {
            Field cell = record.getField(header.getName());
            if (cell != null) {
                String shown = readable(header.getName(), header.getFieldType(), cell.getValue());
                if (shown != null) {
                    cell.setDisplayValue(shown);
                }
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!isPlugins(form.getCeilingEntityClassname())) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        for (Field field : form.getFields().values()) {
            if (Boolean.TRUE.equals(field.getReadOnly())) {
                String shown = readable(field.getName(), field.getFieldType(), field.getValue());
                if (shown != null) {
                    field.setDisplayValue(shown);
                }
            } else if (isPercent(field.getName()) && decimal(field.getValue()) != null) {
                field.setValue(ReadableValues.plain(decimal(field.getValue())));
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    /** The value as people read it, or {@code null} to leave Broadleaf's display as it is. */
    private String readable(String name, String fieldType, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (BOOLEAN.equals(fieldType)) {
            return readable.yesNo(Boolean.valueOf(value));
        }
        if (isPercent(name) && decimal(value) != null) {
            return readable.rate(decimal(value));
        }
        if (NOTE_FIELDS.contains(name)) {
            return readable.note(value);
        }
        return null;
    }

    private static boolean isPercent(String name) {
        return name != null && name.endsWith(PERCENT_SUFFIX);
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null || value.isEmpty() ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
