package com.guidecommerce.core.binding.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a binding came from; each source has its own binding policy. */
public class BindingSource extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, BindingSource> TYPES = new LinkedHashMap<String, BindingSource>();

    public static final BindingSource STORE_QR = new BindingSource("STORE_QR", "BindingSource_STORE_QR");
    public static final BindingSource SHARE_LINK = new BindingSource("SHARE_LINK", "BindingSource_SHARE_LINK");
    public static final BindingSource GUIDE_INVITATION = new BindingSource("GUIDE_INVITATION", "BindingSource_GUIDE_INVITATION");
    public static final BindingSource POS = new BindingSource("POS", "BindingSource_POS");
    public static final BindingSource ADMIN = new BindingSource("ADMIN", "BindingSource_ADMIN");
    public static final BindingSource IMPORT = new BindingSource("IMPORT", "BindingSource_IMPORT");
    public static final BindingSource DEPARTURE_TRANSFER = new BindingSource("DEPARTURE_TRANSFER", "BindingSource_DEPARTURE_TRANSFER");
    /** A buyer scanned the card in a platform parcel (Tmall, JD, Douyin) and claimed it. */
    public static final BindingSource PACKAGE_CARD = new BindingSource("PACKAGE_CARD", "BindingSource_PACKAGE_CARD");

    public static BindingSource getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public static Iterable<BindingSource> values() {
        return TYPES.values();
    }

    public BindingSource() {
    }

    public BindingSource(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }

    /** Sources where HQ moves members on purpose: they override whatever binding the member has. */
    public boolean isAdministrative() {
        return this.equals(ADMIN) || this.equals(IMPORT) || this.equals(DEPARTURE_TRANSFER);
    }
}
