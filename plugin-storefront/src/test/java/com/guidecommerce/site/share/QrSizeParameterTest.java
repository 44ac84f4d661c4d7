package com.guidecommerce.site.share;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QrSizeParameterTest {

    @Test
    void shouldUseTheDefaultSizeWhenNoneIsGiven() {
        assertEquals(GuideQrCodeController.DEFAULT_SIZE, GuideQrCodeController.parseSize(null));
    }

    @Test
    void shouldUseTheDefaultSizeWhenTheSizeIsNotANumber() {
        assertEquals(GuideQrCodeController.DEFAULT_SIZE, GuideQrCodeController.parseSize("big"));
    }

    @Test
    void shouldTakeTheRequestedSize() {
        assertEquals(512, GuideQrCodeController.parseSize(" 512 "));
    }
}
