package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import javax.annotation.PostConstruct;

/**
 * A form-builder extension handler that touches only the plugin's own entities: registers itself with Broadleaf's
 * form builder when its bean is made, and tells the plugin's classes from Broadleaf's and the host's.
 */
public abstract class PluginFormHandler extends AbstractFormBuilderExtensionHandler {

    private static final String PLUGIN_PACKAGE = "com.guidecommerce.";

    private final FormBuilderExtensionManager extensionManager;

    protected PluginFormHandler(FormBuilderExtensionManager extensionManager) {
        this.extensionManager = extensionManager;
    }

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    /** Whether the class (an entity's or a form's ceiling entity) is one of the plugin's. */
    protected static boolean isPlugins(String className) {
        return className != null && className.startsWith(PLUGIN_PACKAGE);
    }
}
