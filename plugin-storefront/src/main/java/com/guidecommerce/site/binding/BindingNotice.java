package com.guidecommerce.site.binding;

import com.guidecommerce.core.binding.rule.BindingDecision;
import com.guidecommerce.core.binding.rule.BindingOutcome;

import java.io.Serializable;

/**
 * What a binding request means to the member, as a message key with its arguments: {@code {0}} is the guide the
 * member is (or stays) with, {@code {1}} the day their protection ends. Serializable so it survives the redirect
 * after the bind button is pressed.
 */
public final class BindingNotice implements Serializable {

    public static final String BOUND = "gc.binding.bound";
    public static final String ALREADY_YOUR_GUIDE = "gc.binding.alreadyYourGuide";
    public static final String PROTECTED = "gc.binding.protected";
    public static final String KEEPS_CURRENT = "gc.binding.keepsCurrent";
    public static final String OWN_ACCOUNT = "gc.binding.ownAccount";
    public static final String COLLEAGUE = "gc.binding.colleague";
    public static final String GUIDE_INACTIVE = "gc.binding.guideInactive";

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String guideName;
    private final String until;

    private BindingNotice(String key, String guideName, String until) {
        this.key = key;
        this.guideName = guideName;
        this.until = until;
    }

    /**
     * @param outcome          what the request did (or would do)
     * @param reason           why nothing changed, one of {@link BindingDecision}'s reasons, or {@code null}
     * @param requestedGuide   name of the guide the member asked for
     * @param currentGuide     name of the guide the member stays with when nothing changed, or {@code null}
     * @param protectedUntil   day the current guide's protection ends, or {@code null}
     */
    public static BindingNotice describe(BindingOutcome outcome, String reason, String requestedGuide,
                                         String currentGuide, String protectedUntil) {
        switch (outcome) {
            case BIND:
            case REBIND:
            case TRANSFER:
                return new BindingNotice(BOUND, requestedGuide, null);
            case RENEW:
                return new BindingNotice(ALREADY_YOUR_GUIDE, requestedGuide, null);
            case KEEP_CURRENT:
                if (BindingDecision.PROTECTED.equals(reason)) {
                    return new BindingNotice(PROTECTED, currentGuide, protectedUntil);
                }
                return new BindingNotice(KEEPS_CURRENT, currentGuide, null);
            default:
                if (BindingDecision.SELF_BINDING.equals(reason)) {
                    return new BindingNotice(OWN_ACCOUNT, requestedGuide, null);
                }
                if (BindingDecision.EMPLOYEE_ACCOUNT.equals(reason)) {
                    return new BindingNotice(COLLEAGUE, requestedGuide, null);
                }
                return new BindingNotice(GUIDE_INACTIVE, requestedGuide, null);
        }
    }

    public String getKey() {
        return key;
    }

    public String getGuideName() {
        return guideName;
    }

    public String getUntil() {
        return until;
    }

    /** Whether the member ends up with the guide they asked for. */
    public boolean isWithRequestedGuide() {
        return BOUND.equals(key) || ALREADY_YOUR_GUIDE.equals(key);
    }
}
