package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.common.time.DisplayTimes;
import com.guidecommerce.core.common.time.StoreTimeZones;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.util.FormatUtil;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * Shows the plugin's times in list grids and read-only form fields by the one time rule ({@link DisplayTimes}): in
 * the zone of the store a row concerns ({@link RecordZone}), HQ's otherwise, in the admin user's language, the zone
 * named when it is not HQ's. Broadleaf hands every date field over as {@code yyyy.MM.dd HH:mm:ss} in the request's
 * time zone ({@link FormatUtil#DATE_FORMAT}, the server's unless the request names one), which this reads back into
 * the moment it was. Days people enter (a hire date) are shown as entered; days that start a period (a statement's
 * first day) as the day in the row's zone. Editable date fields keep Broadleaf's date picker. Only entities of the
 * plugin's packages are touched. Bean {@code gcDateTimesFormHandler}.
 */
public class DateTimesFormHandler extends PluginFormHandler {

    private static final String DATE = SupportedFieldType.DATE.toString();
    private static final DateTimeFormatter BROADLEAF = DateTimeFormatter.ofPattern(FormatUtil.DATE_FORMAT);

    private final StoreTimeZones zones;
    private final List<RecordZone> recordZones;
    private final Set<String> enteredDays;
    private final Set<String> periodStarts;

    /**
     * @param enteredDays fields holding a day a person entered, shown as that day
     * @param periodStarts fields holding the first moment of a period, shown as its day
     */
    public DateTimesFormHandler(FormBuilderExtensionManager extensionManager, StoreTimeZones zones,
                                List<RecordZone> recordZones, Set<String> enteredDays, Set<String> periodStarts) {
        super(extensionManager);
        this.zones = zones;
        this.recordZones = new ArrayList<RecordZone>(recordZones);
        this.enteredDays = new HashSet<String>(enteredDays);
        this.periodStarts = new HashSet<String>(periodStarts);
    }

    @Override
    public ExtensionResultStatusType modifyListGridRecord(String className, ListGridRecord record, Entity entity) {
        if (!isPlugins(className)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        ZoneId zone = zoneOf(className, entity);
        for (Field header : record.getListGrid().getHeaderFields()) {
            Field cell = record.getField(header.getName());
            if (DATE.equals(header.getFieldType()) && cell != null) {
                cell.setDisplayValue(display(header.getName(), cell.getValue(), zone));
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!isPlugins(form.getCeilingEntityClassname())) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        ZoneId zone = zoneOf(form.getCeilingEntityClassname(), entity);
        for (Field field : form.getFields().values()) {
            if (DATE.equals(field.getFieldType()) && Boolean.TRUE.equals(field.getReadOnly())) {
                field.setDisplayValue(display(field.getName(), field.getValue(), zone));
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    private String display(String fieldName, String value, ZoneId zone) {
        LocalDateTime asSent = parse(value);
        if (asSent == null) {
            return value;
        }
        Locale reader = readerLocale();
        if (enteredDays.contains(fieldName)) {
            return new DisplayTimes(requestZone()).date(toDate(asSent, requestZone()), reader);
        }
        DisplayTimes times = new DisplayTimes(zone);
        Date moment = toDate(asSent, requestZone());
        if (periodStarts.contains(fieldName)) {
            return times.date(moment, reader);
        }
        String shown = times.dateTime(moment, reader);
        return zone.equals(zones.getDefaultZone()) ? shown : shown + " (" + times.getZoneName() + ")";
    }

    private ZoneId zoneOf(String className, Entity entity) {
        for (RecordZone rule : recordZones) {
            if (rule.appliesTo(className)) {
                return rule.zoneOf(entity, zones);
            }
        }
        return zones.getDefaultZone();
    }

    private static LocalDateTime parse(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, BROADLEAF);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Date toDate(LocalDateTime asSent, ZoneId zone) {
        return Date.from(asSent.atZone(zone).toInstant());
    }


    /** The zone Broadleaf wrote the request's dates in. */
    protected ZoneId requestZone() {
        BroadleafRequestContext request = BroadleafRequestContext.getBroadleafRequestContext();
        TimeZone zone = request == null ? null : request.getTimeZone();
        return (zone == null ? TimeZone.getDefault() : zone).toZoneId();
    }

    /** The admin user's language, as Broadleaf's admin request filter put it on the request context. */
    protected Locale readerLocale() {
        BroadleafRequestContext request = BroadleafRequestContext.getBroadleafRequestContext();
        return request == null || request.getJavaLocale() == null ? Locale.getDefault() : request.getJavaLocale();
    }
}
