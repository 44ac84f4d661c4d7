package com.guidecommerce.admin.test;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;

/** A section's grid columns as Broadleaf's admin lays them out. */
public final class GridColumns {

    private GridColumns() {
    }

    /**
     * The prominent field with the lowest grid order: Broadleaf's first grid column, whose filter the list's search
     * box fills with what was typed.
     */
    public static String first(AdminEntityService adminEntityService, PersistencePackageRequest section)
            throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        String first = null;
        int lowest = Integer.MAX_VALUE;
        for (Property property : metadata.getProperties()) {
            if (property.getMetadata() instanceof BasicFieldMetadata) {
                BasicFieldMetadata field = (BasicFieldMetadata) property.getMetadata();
                if (Boolean.TRUE.equals(field.isProminent()) && field.getGridOrder() != null
                        && field.getGridOrder() < lowest && !property.getName().contains(".")) {
                    lowest = field.getGridOrder();
                    first = property.getName();
                }
            }
        }
        return first;
    }
}
