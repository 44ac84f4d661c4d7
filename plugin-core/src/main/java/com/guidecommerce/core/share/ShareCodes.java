package com.guidecommerce.core.share;

import com.guidecommerce.core.common.PluginSecrets;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.broadleafcommerce.common.time.SystemTime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Signed share codes: {@code G0001-3f9a2c1b5d7e0a64} is the sharer's code followed by the first 16 hex digits (64 bits)
 * of an HMAC-SHA256 of that code with the brand's secret. A code someone edits by hand (to credit another sharer)
 * fails verification instead of silently crediting the wrong person, and 64 bits leave nothing to gain from guessing.
 *
 * <p>Codes issued before carried only the first 8 hex digits (32 bits); they are accepted until the end of the day
 * {@code gc.share.legacyCodesAcceptedUntil} in HQ's time zone, so links already sent keep working for a while, and
 * refused after it. Every code issued now is in the long form.
 *
 * <p>While the secret is a placeholder ({@link PluginSecrets#isPlaceholder}) anyone could sign a code, so none is
 * honoured: {@link #verify} accepts nothing and {@link #sign} refuses.
 */
public class ShareCodes {

    static final int SIGNATURE_HEX_DIGITS = 16;
    static final int LEGACY_SIGNATURE_HEX_DIGITS = 8;
    static final String LEGACY_PROPERTY = "gc.share.legacyCodesAcceptedUntil";

    /** {@code null} while the configured secret is a placeholder. */
    private final byte[] secret;
    /** Legacy codes are accepted before this instant (epoch millis). */
    private final long legacyAcceptedBefore;

    /** Codes under this secret; legacy codes are not accepted. */
    public ShareCodes(String secret) {
        this(secret, null, null);
    }

    /**
     * @param legacyCodesAcceptedUntil the last day (ISO {@code yyyy-MM-dd}, inclusive) legacy codes are accepted on,
     *                                 or blank to refuse them
     * @param timeZone                 the zone that day is in (HQ's, {@code gc.default.timezone})
     */
    public ShareCodes(String secret, String legacyCodesAcceptedUntil, String timeZone) {
        this.secret = PluginSecrets.isPlaceholder(secret) ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.legacyAcceptedBefore = legacyAcceptedBefore(legacyCodesAcceptedUntil, timeZone);
    }

    /** Whether share codes are honoured at all, that is whether the secret is really set. */
    public boolean isHonoured() {
        return secret != null;
    }

    /**
     * The signed share code of a sharer (guide or distributor) code.
     *
     * @throws IllegalStateException while the secret is a placeholder (see {@link #isHonoured()})
     */
    public String sign(String sharerCode) {
        if (!isHonoured()) {
            throw new IllegalStateException(PluginSecrets.SHARE_SECRET + " is not set, so no share code is issued");
        }
        String code = normalise(sharerCode);
        return code + "-" + signature(code, SIGNATURE_HEX_DIGITS);
    }

    /**
     * The sharer code inside a signed share code, or {@code null} when the share code is malformed, its signature
     * does not match, it is in the legacy form after the grace period, or share codes are not honoured.
     */
    public String verify(String shareCode) {
        if (shareCode == null || !isHonoured()) {
            return null;
        }
        String trimmed = shareCode.trim();
        int dash = trimmed.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        String given = trimmed.substring(dash + 1).toLowerCase(Locale.ROOT);
        boolean accepted = given.length() == SIGNATURE_HEX_DIGITS
                || given.length() == LEGACY_SIGNATURE_HEX_DIGITS && SystemTime.asMillis() < legacyAcceptedBefore;
        if (!accepted) {
            return null;
        }
        String code = normalise(trimmed.substring(0, dash));
        byte[] expected = signature(code, given.length()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII)) ? code : null;
    }

    private static long legacyAcceptedBefore(String lastDay, String timeZone) {
        if (lastDay == null || lastDay.trim().isEmpty()) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDate.parse(lastDay.trim()).plusDays(1).atStartOfDay(ZoneId.of(timeZone)).toInstant()
                    .toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(LEGACY_PROPERTY + " must be a date such as 2027-03-31 (or empty), not '"
                    + lastDay + "'", e);
        }
    }

    private static String normalise(String code) {
        if (code == null || code.trim().isEmpty()) {
            throw new IllegalArgumentException("A sharer code is required");
        }
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private String signature(String code, int hexDigits) {
        return new HmacUtils(HmacAlgorithms.HMAC_SHA_256, secret).hmacHex(code).substring(0, hexDigits);
    }
}
