package com.guidecommerce.core.packagecard.rule;

import com.guidecommerce.core.channel.event.ChannelKeys;
import com.guidecommerce.core.common.PluginSecrets;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed package-card codes: {@code PC12-4071938277-9c1f0b2a6d3e8f47} is campaign 12, order 4071938277 and the first
 * 16 hex digits (64 bits) of an HMAC-SHA256 of everything before the last dash; a card without order carries
 * {@code 0} as its number ({@code PC12-0-…}). The key is derived from the brand's share secret for cards alone, so a
 * share-link signature can never pass for a card's and the other way round. A code is checked exactly as written: any
 * character changed, another campaign or another order fails verification. About 40 characters: a small QR code.
 *
 * <p>While the share secret is a placeholder nobody's signature is worth anything: no code is issued or honoured.
 */
public final class CardCodes {

    static final int SIGNATURE_HEX_DIGITS = 16;
    static final String NO_ORDER = "0";
    private static final String KEY_PURPOSE = "gc.packagecard.v1";
    private static final Pattern CODE = Pattern.compile("PC([1-9][0-9]{0,17})-([A-Z0-9_.]{1,64})-([0-9a-f]{16})");
    private static final Pattern ORDER_NO = Pattern.compile("[A-Z0-9_.]{1,64}");

    /** {@code null} while the share secret is a placeholder. */
    private final byte[] key;

    public CardCodes(String shareSecret) {
        this.key = PluginSecrets.isPlaceholder(shareSecret) ? null
                : new HmacUtils(HmacAlgorithms.HMAC_SHA_256, shareSecret.getBytes(StandardCharsets.UTF_8))
                .hmac(KEY_PURPOSE);
    }

    /** The storefront page a card's QR code opens, relative to the mall's base address. */
    public static String landingPath(String code) {
        return "/card/" + code;
    }

    public boolean isHonoured() {
        return key != null;
    }

    /**
     * The code printed on the card of an order, or on every card of the campaign when {@code orderNo} is null.
     *
     * @throws IllegalArgumentException when the order number cannot be carried in a code (letters, digits, '_' and
     *                                  '.' only, at most 64)
     * @throws IllegalStateException    while the share secret is a placeholder
     */
    public String sign(long campaignId, String orderNo) {
        if (!isHonoured()) {
            throw new IllegalStateException(PluginSecrets.SHARE_SECRET + " is not set, so no package card is issued");
        }
        if (campaignId <= 0) {
            throw new IllegalArgumentException("A campaign id is positive, not " + campaignId);
        }
        String number = orderNo == null ? NO_ORDER : ChannelKeys.canonical(orderNo);
        if (!ORDER_NO.matcher(number).matches() || orderNo != null && NO_ORDER.equals(number)) {
            throw new IllegalArgumentException("Order number '" + orderNo + "' cannot be printed on a package card:"
                    + " letters, digits, '_' and '.' only, at most 64");
        }
        String body = "PC" + campaignId + "-" + number;
        return body + "-" + signature(body);
    }

    /** What the code says, or {@code null} when it is malformed, its signature does not match or codes are off. */
    public CardCode verify(String code) {
        if (code == null || !isHonoured()) {
            return null;
        }
        Matcher parts = CODE.matcher(code);
        if (!parts.matches()) {
            return null;
        }
        String body = code.substring(0, code.lastIndexOf('-'));
        byte[] expected = signature(body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        String orderNo = parts.group(2);
        return new CardCode(Long.parseLong(parts.group(1)), NO_ORDER.equals(orderNo) ? null : orderNo);
    }

    private String signature(String body) {
        return new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key).hmacHex(body).substring(0, SIGNATURE_HEX_DIGITS);
    }
}
