package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.common.time.StoreTimeZones;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;

import java.time.ZoneId;

/**
 * Which store an entity's admin rows concern, so their times show in that store's zone: the store of the guide a row
 * names ({@code guide:guide}), the store whose code it holds ({@code storeCode:storeCode}) or, for ledger rows, the
 * beneficiary's ({@code beneficiary:beneficiaryType,beneficiaryId}). Entities without one show HQ's zone.
 */
public final class RecordZone {

    private static final String GUIDE = "guide";
    private static final String STORE_CODE = "storeCode";
    private static final String BENEFICIARY = "beneficiary";

    private final String ceilingEntity;
    private final String kind;
    private final String[] properties;

    /** @param rule {@code kind:property[,property]}, e.g. {@code guide:guide} */
    public RecordZone(Class<?> ceilingEntity, String rule) {
        int colon = rule.indexOf(':');
        this.ceilingEntity = ceilingEntity.getName();
        this.kind = rule.substring(0, colon);
        this.properties = rule.substring(colon + 1).split(",");
        if (!GUIDE.equals(kind) && !STORE_CODE.equals(kind) && !BENEFICIARY.equals(kind)) {
            throw new IllegalArgumentException("Unknown record zone rule " + rule);
        }
    }

    public boolean appliesTo(String className) {
        return ceilingEntity.equals(className);
    }

    /** The zone of the store the row concerns; HQ's when the row names none. */
    public ZoneId zoneOf(Entity entity, StoreTimeZones zones) {
        if (GUIDE.equals(kind)) {
            return zones.ofGuide(id(value(entity, properties[0])));
        }
        if (STORE_CODE.equals(kind)) {
            return zones.ofStoreCode(value(entity, properties[0]));
        }
        return zones.ofBeneficiary(value(entity, properties[0]), id(value(entity, properties[1])));
    }

    private static String value(Entity entity, String property) {
        Property found = entity == null ? null : entity.findProperty(property);
        return found == null ? null : found.getValue();
    }

    private static Long id(String value) {
        return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }
}
