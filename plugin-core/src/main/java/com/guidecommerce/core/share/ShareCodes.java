package com.guidecommerce.core.share;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed share codes: {@code G0001-3f9a2c1b} is the sharer's code followed by the first 8 hex digits of an
 * HMAC-SHA256 of that code with the brand's secret. A code someone edits by hand (to credit another sharer) fails
 * verification instead of silently crediting the wrong person.
 */
public class ShareCodes {

    private static final int SIGNATURE_HEX_DIGITS = 8;

    private final byte[] secret;

    public ShareCodes(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The share-code secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The signed share code of a sharer (guide or distributor) code. */
    public String sign(String sharerCode) {
        String code = normalise(sharerCode);
        return code + "-" + signature(code);
    }

    /**
     * The sharer code inside a signed share code, or {@code null} when the share code is malformed or its signature
     * does not match.
     */
    public String verify(String shareCode) {
        if (shareCode == null) {
            return null;
        }
        String trimmed = shareCode.trim();
        int dash = trimmed.lastIndexOf('-');
        if (dash <= 0 || dash != trimmed.length() - SIGNATURE_HEX_DIGITS - 1) {
            return null;
        }
        String code = normalise(trimmed.substring(0, dash));
        byte[] expected = signature(code).getBytes(StandardCharsets.US_ASCII);
        byte[] given = trimmed.substring(dash + 1).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? code : null;
    }

    private static String normalise(String code) {
        if (code == null || code.trim().isEmpty()) {
            throw new IllegalArgumentException("A sharer code is required");
        }
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private String signature(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < SIGNATURE_HEX_DIGITS / 2; i++) {
                hex.append(String.format("%02x", digest[i] & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
