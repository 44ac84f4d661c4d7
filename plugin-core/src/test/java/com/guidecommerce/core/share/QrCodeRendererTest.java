package com.guidecommerce.core.share;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
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

    @Test
    void shouldDrawBlackOnWhiteWithHighErrorCorrection() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png("http://localhost:8080/g/G0001", 200)));

        assertEquals("H", read(image).getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
        Set<Integer> colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertEquals(new HashSet<Integer>(Arrays.asList(0xFF000000, 0xFFFFFFFF)), colours);
    }

    @Test
    void shouldDrawTheSameCodeAsAnImageForPosters() throws Exception {
        String url = "http://localhost:8080/g/G0002";

        BufferedImage image = renderer.image(url, 760);

        assertEquals(760, image.getWidth());
        assertEquals(760, image.getHeight());
        assertEquals(url, decode(image));
    }

    private static String decode(BufferedImage image) throws Exception {
        return read(image).getText();
    }

    private static Result read(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap);
    }
}
