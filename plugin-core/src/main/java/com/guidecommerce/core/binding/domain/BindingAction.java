package com.guidecommerce.core.binding.domain;

import com.guidecommerce.core.common.GcEnumeration;

import java.util.LinkedHashMap;
import java.util.Map;

/** What happened to a member's exclusive guide, as recorded in the binding history. */
public class BindingAction extends GcEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, BindingAction> TYPES = new LinkedHashMap<String, BindingAction>();

    /** The member had no (valid) guide and now has one. */
    public static final BindingAction BOUND = new BindingAction("BOUND", "BindingAction_BOUND");
    /** The member moved from one guide to another by a newer scan or link. */
    public static final BindingAction REBOUND = new BindingAction("REBOUND", "BindingAction_REBOUND");
    /** The same guide bound the member again; the binding's validity was extended. */
    public static final BindingAction RENEWED = new BindingAction("RENEWED", "BindingAction_RENEWED");
    /** HQ moved the member (admin action, import or a guide's departure). */
    public static final BindingAction TRANSFERRED = new BindingAction("TRANSFERRED", "BindingAction_TRANSFERRED");
    /** The member no longer has a guide. */
    public static final BindingAction RELEASED = new BindingAction("RELEASED", "BindingAction_RELEASED");

    public static BindingAction getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public BindingAction() {
    }

    public BindingAction(String type, String friendlyType) {
        super(type, friendlyType);
        register(TYPES, this);
    }
}
