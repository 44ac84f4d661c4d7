package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;

import java.util.Map;

/**
 * Broadleaf's own entity screens for one plugin section at its own address (the subclass's class-level
 * {@code @RequestMapping}), which Broadleaf maps before its generic {@code /{sectionKey}} controller; the address
 * carries no section key, so the subclass names it.
 */
public abstract class SectionController extends AdminBasicEntityController {

    private final String sectionKey;

    protected SectionController(String sectionKey) {
        this.sectionKey = sectionKey;
    }

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String fromPath = super.getSectionKey(pathVars);
        return fromPath == null ? sectionKey : fromPath;
    }
}
