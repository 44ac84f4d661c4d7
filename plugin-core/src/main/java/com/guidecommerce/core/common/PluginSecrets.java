package com.guidecommerce.core.common;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Whether the brand's two secrets are really set. The share-code secret makes share links unforgeable (a forged one
 * would earn its "sharer" commission on someone else's sale); the phone salt keeps stored phone hashes from being
 * reversed with a table of every mobile number. A value anyone can read in the plugin's jar or README protects nothing,
 * so while either is a placeholder the plugin takes no channel events in (see the channel ingest service), which means
 * no sale earns commission, and while the share secret is one no share code is honoured at all (see ShareCodes). It
 * says so once at startup; the mall itself runs and sells as usual.
 *
 * <p>A value is a placeholder when it is missing, blank, shorter than {@value #MINIMUM_LENGTH} characters, or contains
 * {@code change-me} in any case (the marker of the values shipped in {@code config/gc/common.properties}). Bean
 * {@code gcPluginSecrets}.
 */
public final class PluginSecrets {

    public static final String SHARE_SECRET = "gc.share.secret";
    public static final String PHONE_SALT = "gc.identity.phoneSalt";
    public static final int MINIMUM_LENGTH = 16;

    private static final String PLACEHOLDER_MARK = "change-me";
    private static final Log LOG = LogFactory.getLog(PluginSecrets.class);

    private final List<String> placeholders;

    public PluginSecrets(String shareSecret, String phoneSalt) {
        List<String> found = new ArrayList<String>();
        if (isPlaceholder(shareSecret)) {
            found.add(SHARE_SECRET);
        }
        if (isPlaceholder(phoneSalt)) {
            found.add(PHONE_SALT);
        }
        this.placeholders = Collections.unmodifiableList(found);
    }

    public static boolean isPlaceholder(String value) {
        if (value == null || value.trim().length() < MINIMUM_LENGTH) {
            return true;
        }
        return value.toLowerCase(Locale.ROOT).contains(PLACEHOLDER_MARK);
    }

    /** Whether both secrets are set, so channel events and share codes can be trusted. */
    public boolean areSet() {
        return placeholders.isEmpty();
    }

    /** The names of the properties that still hold a placeholder, in the order of the configuration reference. */
    public List<String> getPlaceholders() {
        return placeholders;
    }

    /** What is wrong and how to put it right, for the log and for anyone refused because of it. */
    public String describeProblem() {
        if (areSet()) {
            return null;
        }
        boolean one = placeholders.size() == 1;
        return String.join(" and ", placeholders) + (one ? " is" : " are") + " not set (missing, shorter than "
                + MINIMUM_LENGTH + " characters or the shipped placeholder): channel events are refused and no sale"
                + " earns commission" + (placeholders.contains(SHARE_SECRET) ? ", share codes are not honoured" : "")
                + ". Set " + (one ? "it" : "each") + " to a random value of your own (for instance the output of"
                + " 'openssl rand -hex 32') in the mall's runtime properties or -Dproperty-override file, keep it,"
                + " and restart.";
    }

    /** Startup report (the bean's init method): an ERROR naming every property still to set. */
    public void logProblem() {
        if (!areSet()) {
            LOG.error(describeProblem());
        }
    }
}
