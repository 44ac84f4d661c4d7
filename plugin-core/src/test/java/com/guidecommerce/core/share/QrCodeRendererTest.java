package com.guidecommerce.core.share;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QrCodeRendererTest {

    private final QrCodeRenderer renderer = new QrCodeRenderer();

    @Test
    void shouldRenderAPngThatDecodesToTheText() throws Exception {
        String url = "http://localhost:8080/g/G0001";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(url, 300)));

        assertEquals(300, image.getWidth());
        assertEquals(url, decode(image));
    }

    @Test
    void shouldClampTheSize() throws Exception {
        BufferedImage tiny = ImageIO.read(new ByteArrayInputStream(renderer.png("x", 1)));
        BufferedImage huge = ImageIO.read(new ByteArrayInputStream(renderer.png("x", 100_000)));

        assertEquals(QrCodeRenderer.MIN_SIZE, tiny.getWidth());
        assertEquals(QrCodeRenderer.MAX_SIZE, huge.getWidth());
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
