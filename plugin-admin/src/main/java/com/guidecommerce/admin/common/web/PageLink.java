package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;

/**
 * A link from an entity's admin screen to one of the plugin's pages for that entity ({@code <base>/<id>/<path>}),
 * shown only while the entity's property has the given value when a condition {@code property=value} is set.
 */
public final class PageLink {

    private final String path;
    private final String labelKey;
    private final String conditionProperty;
    private final String conditionValue;

    public PageLink(String path, String labelKey) {
        this(path, labelKey, null);
    }

    /** @param condition {@code property=value}, or {@code null} to show the link always */
    public PageLink(String path, String labelKey, String condition) {
        this.path = path;
        this.labelKey = labelKey;
        if (condition == null) {
            this.conditionProperty = null;
            this.conditionValue = null;
        } else {
            int separator = condition.indexOf('=');
            this.conditionProperty = condition.substring(0, separator);
            this.conditionValue = condition.substring(separator + 1);
        }
    }

    public String getPath() {
        return path;
    }

    public String getLabelKey() {
        return labelKey;
    }

    /** Whether the link applies to the entity as it is stored. */
    public boolean appliesTo(Entity entity) {
        if (conditionProperty == null) {
            return true;
        }
        Property property = entity.findProperty(conditionProperty);
        return property != null && conditionValue.equals(property.getValue());
    }
}
