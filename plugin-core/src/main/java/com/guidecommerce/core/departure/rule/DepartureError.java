package com.guidecommerce.core.departure.rule;

/**
 * Why a departure cannot go ahead. Each code is stable (the admin shows a translated message per code, message key
 * {@code gcDepartureError_<CODE>}) and comes with the arguments named in its English text.
 */
public enum DepartureError {

    GUIDE_NOT_FOUND("There is no guide {0}."),
    ALREADY_DEPARTED("Guide {0} has already departed; their members were handed over then."),
    STRATEGY_REQUIRED("Choose how the members of guide {0} are handed over."),
    DEPARTING_GUIDE_IS_MANAGER("Guide {0} is the manager of store {1} and cannot hand members to the store manager. "
            + "Choose round robin or a named guide."),
    NO_ACTIVE_STORE_MANAGER("Store {0} has no active store manager. Appoint one first, or choose round robin or a named guide."),
    NO_ACTIVE_COLLEAGUES("Store {0} has no other active guide to share the members of guide {1}. Choose a named guide."),
    INVALID_CAPACITY("The capacity per heir must be a whole number of at least 1 (was {0})."),
    CAPACITY_EXCEEDED("{0} of {1} members are left over: {2} heirs with a capacity of {3} take {4}. "
            + "Raise the capacity or choose another strategy."),
    NAMED_GUIDE_REQUIRED("Enter the code of the guide who inherits the members."),
    NAMED_GUIDE_UNKNOWN("There is no guide with code {0}."),
    NAMED_GUIDE_NOT_ACTIVE("Guide {0} is not active and cannot inherit members."),
    NAMED_GUIDE_IS_DEPARTING("Guide {0} is the one departing; name another guide."),
    HEIR_OWNS_MEMBER_ACCOUNT("Member {0} is the storefront account of guide {1}, who cannot inherit themselves. "
            + "Choose another strategy or heir."),
    TRANSFER_REFUSED("Member {0} could not be moved to guide {1} ({2}); nothing was changed."),
    DISTRIBUTORS_NOT_MOVED("The distributors of guide {0} could not be moved to their heirs ({1}); "
            + "nothing was changed.");

    private final String text;

    DepartureError(String text) {
        this.text = text;
    }

    /** The English pattern ({@link java.text.MessageFormat}) of the error's message. */
    public String getText() {
        return text;
    }

    /** The admin message key of this error. */
    public String getMessageKey() {
        return "gcDepartureError_" + name();
    }
}
