package com.guidecommerce.admin.common.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The links one entity's admin screen shows to the plugin's pages for it, drawn as one field. */
public final class EntityLinks {

    private final String ceilingEntity;
    private final String fieldName;
    private final String basePath;
    private final List<PageLink> links;

    /**
     * @param fieldName the field's name, also its label's message key
     * @param basePath the section's address, e.g. {@code /gc-commission-plan}
     */
    public EntityLinks(Class<?> ceilingEntity, String fieldName, String basePath, List<PageLink> links) {
        this.ceilingEntity = ceilingEntity.getName();
        this.fieldName = fieldName;
        this.basePath = basePath;
        this.links = Collections.unmodifiableList(new ArrayList<PageLink>(links));
    }

    public String getCeilingEntity() {
        return ceilingEntity;
    }

    public String getFieldName() {
        return fieldName;
    }

    public String getBasePath() {
        return basePath;
    }

    public List<PageLink> getLinks() {
        return links;
    }
}
