package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.common.time.DisplayTimes;
import com.guidecommerce.core.common.time.StoreTimeZones;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.ui.Model;

/**
 * What a plugin page inside Broadleaf's admin needs from the admin: the menu section it belongs to (so the layout
 * highlights it and shows the breadcrumb), the signed-in admin user's entity permissions and the time zone its times
 * are shown in (model attribute {@value #TIMES}, a {@link DisplayTimes}: HQ's unless the page concerns a store). Bean
 * {@code gcAdminPageSupport}.
 *
 * <p>Broadleaf's URL security lets every signed-in admin user reach any admin URL; its entity screens check entity
 * permissions themselves, and so must ours.
 */
public class AdminPageSupport {

    /** The model attribute templates format times with: {@code ${times.dateTime(moment, #locale)}}. */
    public static final String TIMES = "times";

    private final AdminNavigationService navigationService;
    private final SecurityVerifier securityVerifier;
    private ReadableValues readableValues;
    private final StoreTimeZones timeZones;

    public AdminPageSupport(AdminNavigationService navigationService, SecurityVerifier securityVerifier,
                            StoreTimeZones timeZones) {
        this.navigationService = navigationService;
        this.securityVerifier = securityVerifier;
        this.timeZones = timeZones;
    }

    /** What the plugin's pages format values with, as {@code gcValues}. */
    public void setReadableValues(ReadableValues readableValues) {
        this.readableValues = readableValues;
    }

    /**
     * The model attributes Broadleaf's layout reads to show the page under a menu section, as its own screens do,
     * {@code gcValues} ({@link ReadableValues}) for the page's money, rates, labels and notes, and HQ's zone for the
     * page's times.
     */
    public void addSectionAttributes(Model model, String sectionKey) {
        if (readableValues != null) {
            model.addAttribute(ReadableValues.MODEL_ATTRIBUTE, readableValues);
        }
        model.addAttribute(TIMES, timeZones.defaultTimes());
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

    /** Shows the page's times in the zone of the guide's store. */
    public void addTimesOfGuide(Model model, Long guideId) {
        model.addAttribute(TIMES, new DisplayTimes(timeZones.ofGuide(guideId)));
    }

    /** Shows the page's times in the zone of the store with this code (HQ's for none). */
    public void addTimesOfStore(Model model, String storeCode) {
        model.addAttribute(TIMES, new DisplayTimes(timeZones.ofStoreCode(storeCode)));
    }

    /** Shows the page's times in the zone of a commission beneficiary. */
    public void addTimesOfBeneficiary(Model model, String beneficiaryType, Long beneficiaryId) {
        model.addAttribute(TIMES, new DisplayTimes(timeZones.ofBeneficiary(beneficiaryType, beneficiaryId)));
    }

    /** The signed-in admin user's login, as audit records name them. */
    public String currentLogin() {
        return securityVerifier.getPersistentAdminUser().getLogin();
    }
}
