package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.ComboField;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.springframework.context.MessageSource;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shows the plugin's enumeration values translated in list grids and entity forms (options, read-only values). The
 * plugin's enumerations carry a message key as their friendly name ({@code BindingSource_STORE_QR}) so both languages
 * can label them; Broadleaf translates those keys in a grid's filter but prints form options, grid cells and read-only
 * values as they are (its own enumerations carry English text). Only entities of the plugin's packages are touched. Bean
 * {@code gcEnumerationLabelsFormHandler}.
 */
public class EnumerationLabelsFormHandler extends PluginFormHandler {

    private static final String ENUMERATION = SupportedFieldType.BROADLEAF_ENUMERATION.toString();

    private final MessageSource messageSource;

    public EnumerationLabelsFormHandler(FormBuilderExtensionManager extensionManager, MessageSource messageSource) {
        super(extensionManager);
        this.messageSource = messageSource;
    }

    @Override
    public ExtensionResultStatusType modifyListGridRecord(String className, ListGridRecord record, Entity entity) {
        if (!isPlugins(className)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        for (Field header : record.getListGrid().getHeaderFields()) {
            Field cell = record.getField(header.getName());
            if (ENUMERATION.equals(header.getFieldType()) && cell != null) {
                cell.setDisplayValue(translate(cell.getDisplayValue()));
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    public ExtensionResultStatusType modifyUnpopulatedEntityForm(EntityForm form) {
        if (!isPlugins(form)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        for (Field field : form.getFields().values()) {
            if (ENUMERATION.equals(field.getFieldType()) && field instanceof ComboField) {
                Map<String, String> labels = new LinkedHashMap<String, String>();
                for (Map.Entry<String, String> option : ((ComboField) field).getOptions().entrySet()) {
                    labels.put(option.getKey(), translate(option.getValue()));
                }
                ((ComboField) field).setOptions(labels);
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!isPlugins(form)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        for (Field field : form.getFields().values()) {
            if (ENUMERATION.equals(field.getFieldType())) {
                field.setDisplayValue(translate(shown(field)));
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    /** What Broadleaf would show: its display value, or the option's label where it shows the bare code. */
    private static String shown(Field field) {
        String shown = field.getDisplayValue();
        if (field instanceof ComboField && field.getValue() != null && field.getValue().equals(shown)) {
            String option = ((ComboField) field).getOptions().get(shown);
            return option == null ? shown : option;
        }
        return shown;
    }

    private static boolean isPlugins(EntityForm form) {
        return isPlugins(form.getCeilingEntityClassname());
    }

    private String translate(String key) {
        if (key == null || key.isEmpty()) {
            return key;
        }
        return messageSource.getMessage(key, null, key, currentLocale());
    }

    /** The admin user's language, as Broadleaf's admin request filter put it on the request context. */
    protected Locale currentLocale() {
        BroadleafRequestContext request = BroadleafRequestContext.getBroadleafRequestContext();
        return request == null || request.getJavaLocale() == null ? Locale.getDefault() : request.getJavaLocale();
    }
}
