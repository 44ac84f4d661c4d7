package com.guidecommerce.core.packagecard.rule;

import com.guidecommerce.core.share.ShareCodes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardCodesTest {

    private static final String SECRET = "a-brand-secret-of-thirty-two-chars";
    private final CardCodes codes = new CardCodes(SECRET);

    @Test
    void shouldReadBackTheCampaignAndOrderOfACodeItSigned() {
        CardCode card = codes.verify(codes.sign(12L, "4071938277"));

        assertEquals(12L, card.getCampaignId());
        assertEquals("4071938277", card.getOrderNo());
    }

    @Test
    void shouldSignACardWithoutOrderAsTheCampaignsCard() {
        String code = codes.sign(7L, null);

        assertTrue(code.startsWith("PC7-0-"), code);
        assertFalse(codes.verify(code).hasOrder());
    }

    @Test
    void shouldKeepCodesShortEnoughForASmallQrCode() {
        assertTrue(codes.sign(123456L, "6912345678901234567").length() <= 48);
    }

    @Test
    void shouldRefuseACodeWithAnyCharacterChanged() {
        String code = codes.sign(12L, "4071938277");

        for (int i = 0; i < code.length(); i++) {
            char original = code.charAt(i);
            char changed = original == '9' ? '8' : original == 'f' ? 'e' : original == 'P' ? 'Q'
                    : original == '-' ? '_' : original == 'C' ? 'D' : Character.isDigit(original) ? '9' : 'f';
            String altered = code.substring(0, i) + changed + code.substring(i + 1);
            assertNull(codes.verify(altered), "altered at " + i + ": " + altered);
        }
    }

    @Test
    void shouldRefuseTheSignatureOfOneCardOnAnotherCampaignOrOrder() {
        String code = codes.sign(12L, "4071938277");
        String signature = code.substring(code.lastIndexOf('-'));

        assertNull(codes.verify("PC13-4071938277" + signature));
        assertNull(codes.verify("PC12-4071938278" + signature));
        assertNull(codes.verify("PC12-0" + signature));
    }

    @Test
    void shouldRefuseACodeSignedUnderAnotherSecretOrAsAShareCode() {
        String foreign = new CardCodes("another-brand-secret-32-characters").sign(12L, "4071938277");
        String shareSignature = new ShareCodes(SECRET).sign("PC12-4071938277");

        assertNull(codes.verify(foreign));
        assertNull(codes.verify(shareSignature));
    }

    @Test
    void shouldRefuseMalformedCodes() {
        assertNull(codes.verify(null));
        assertNull(codes.verify(""));
        assertNull(codes.verify("PC12-4071938277"));
        assertNull(codes.verify("PC0-1-0123456789abcdef"));
        assertNull(codes.verify("pc12-4071938277-0123456789abcdef"));
    }

    @Test
    void shouldSignOrderNumbersInTheirCanonicalSpelling() {
        assertEquals(codes.sign(3L, "ab-1".replace("-", "_")), codes.sign(3L, " AB_1 "));
        assertNotEquals(codes.sign(3L, "AB_1"), codes.sign(4L, "AB_1"));
    }

    @Test
    void shouldRefuseToPrintAnOrderNumberACodeCannotCarry() {
        assertThrows(IllegalArgumentException.class, () -> codes.sign(3L, "12/34"));
        assertThrows(IllegalArgumentException.class, () -> codes.sign(3L, "0"));
        assertThrows(IllegalArgumentException.class, () -> codes.sign(0L, "1234"));
    }

    @Test
    void shouldIssueAndHonourNothingWhileTheSecretIsAPlaceholder() {
        CardCodes placeholder = new CardCodes("change-me-guide-commerce-share-secret");

        assertFalse(placeholder.isHonoured());
        assertThrows(IllegalStateException.class, () -> placeholder.sign(12L, "1"));
        assertNull(placeholder.verify(codes.sign(12L, "1")));
    }
}
