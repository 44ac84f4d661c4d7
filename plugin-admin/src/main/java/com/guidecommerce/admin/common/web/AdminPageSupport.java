package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.ui.Model;

/**
 * What a plugin page inside Broadleaf's admin needs from the admin: the menu section it belongs to (so the layout
 * highlights it and shows the breadcrumb) and the signed-in admin user's entity permissions. Bean
 * {@code gcAdminPageSupport}.
 *
 * <p>Broadleaf's URL security lets every signed-in admin user reach any admin URL; its entity screens check entity
 * permissions themselves, and so must ours.
 */
public class AdminPageSupport {

    private final AdminNavigationService navigationService;
    private final SecurityVerifier securityVerifier;
    private ReadableValues readableValues;

    public AdminPageSupport(AdminNavigationService navigationService, SecurityVerifier securityVerifier) {
        this.navigationService = navigationService;
        this.securityVerifier = securityVerifier;
    }

    /** What the plugin's pages format values with, as {@code gcValues}. */
    public void setReadableValues(ReadableValues readableValues) {
        this.readableValues = readableValues;
    }

    /**
     * The model attributes Broadleaf's layout reads to show the page under a menu section, as its own screens do, and
     * {@code gcValues} ({@link ReadableValues}) for the page's money, rates, labels and notes.
     */
    public void addSectionAttributes(Model model, String sectionKey) {
        if (readableValues != null) {
            model.addAttribute(ReadableValues.MODEL_ATTRIBUTE, readableValues);
        }
        AdminSection section = navigationService.findAdminSectionByURI("/" + sectionKey);
        if (section != null) {
            model.addAttribute("sectionKey", sectionKey);
            model.addAttribute("currentAdminModule", section.getModule());
            model.addAttribute("currentAdminSection", section);
        }
    }

    /** Whether the signed-in admin user's permissions allow the operation on the ceiling entity. */
    public boolean isAllowed(Class<?> ceilingEntity, EntityOperationType operation) {
        try {
            securityVerifier.securityCheck(ceilingEntity.getName(), operation);
            return true;
        } catch (SecurityServiceException e) {
            return false;
        } catch (ServiceException e) {
            throw new IllegalStateException("Cannot check admin permissions on " + ceilingEntity.getName(), e);
        }
    }

    /** The signed-in admin user's login, as audit records name them. */
    public String currentLogin() {
        return securityVerifier.getPersistentAdminUser().getLogin();
    }
}
