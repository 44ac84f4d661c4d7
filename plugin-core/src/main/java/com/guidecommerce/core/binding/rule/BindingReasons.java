package com.guidecommerce.core.binding.rule;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.departure.domain.DepartureStrategy;

/**
 * Why a binding changed, as the {@link Note}s its history records: the storefront's ways of binding, HQ's transfers
 * and releases, and the flag on a guide's employee account bound to a colleague.
 */
public final class BindingReasons {

    /** A member registered after opening a guide's page. */
    public static final String REGISTERED_VIA_GUIDE_LINK = Note.of("binding.registeredViaGuideLink").format();
    /** A member registered after opening a guide's share link. */
    public static final String REGISTERED_VIA_SHARE_LINK = Note.of("binding.registeredViaShareLink").format();
    /** A member pressed "make my guide" on a guide's page (reached by the store's QR code). */
    public static final String STORE_QR = Note.of("binding.storeQr").format();
    /** A member claimed a package card found in a platform parcel. */
    public static final String PACKAGE_CARD = Note.of("binding.packageCard").format();
    /** A logged-in member opened a guide's share link. */
    public static final String SHARE_LINK = Note.of("binding.shareLink").format();
    /** The member is the storefront account of another guide. */
    public static final Note EMPLOYEE_ACCOUNT = Note.of("binding.employeeAccount");

    private BindingReasons() {
    }

    /** Members handed to an heir when their guide left. */
    public static String departure(Long departureId, String guideCode, DepartureStrategy strategy) {
        return Note.of("binding.departure", departureId, guideCode,
                Note.label(strategy.getFriendlyType())).format();
    }

    /** Members released when their guide moved to another store. */
    public static String storeChange(String guideCode, String fromStore, String toStore) {
        return Note.of("binding.storeChange", guideCode, fromStore, toStore).format();
    }
}
