package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link from an entity's admin screen to one of the plugin's pages for that entity ({@code <base>/<id>/<path>}) or,
 * with a target, to another screen that names the entity's properties ({@code /gc-commission-entry?orderNo={orderNo}}),
 * shown only while the entity's property has the given value when a condition {@code property=value} is set, and only
 * when every property the target names has a value.
 */
public final class PageLink {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final String path;
    private final String labelKey;
    private final String conditionProperty;
    private final String conditionValue;
    private final String target;

    public PageLink(String path, String labelKey) {
        this(path, labelKey, null);
    }

    /** @param condition {@code property=value}, or {@code null} to show the link always */
    public PageLink(String path, String labelKey, String condition) {
        this(path, labelKey, condition, null);
    }

    /**
     * @param path the link's name among the screen's links (its element id ends with it)
     * @param target the address with {@code {property}} placeholders, or {@code null} for {@code <base>/<id>/<path>}
     */
    public PageLink(String path, String labelKey, String condition, String target) {
        this.path = path;
        this.labelKey = labelKey;
        this.target = target;
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
        if (target != null && href("", "", entity) == null) {
            return false;
        }
        if (conditionProperty == null) {
            return true;
        }
        Property property = entity.findProperty(conditionProperty);
        return property != null && conditionValue.equals(property.getValue());
    }

    /** Where the link leads inside the admin, or {@code null} when a property its target names has no value. */
    public String href(String basePath, String id, Entity entity) {
        if (target == null) {
            return basePath + "/" + id + "/" + path;
        }
        Matcher placeholders = PLACEHOLDER.matcher(target);
        StringBuffer href = new StringBuffer();
        while (placeholders.find()) {
            Property property = entity.findProperty(placeholders.group(1));
            if (property == null || property.getValue() == null || property.getValue().isEmpty()) {
                return null;
            }
            placeholders.appendReplacement(href, Matcher.quoteReplacement(encoded(property.getValue())));
        }
        placeholders.appendTail(href);
        return href.toString();
    }

    private static String encoded(String value) {
        try {
            return URLEncoder.encode(value, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
