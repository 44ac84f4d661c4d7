package com.guidecommerce.admin.poster;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.guidecommerce.core.share.QrCodeRenderer;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GuidePosterRendererTest {

    private static final String CHINESE_NAME = "\u9648\u601d\u8fdc";

    private final GuidePosterRenderer renderer = new GuidePosterRenderer(new QrCodeRenderer(), new PosterFonts());

    @Test
    void shouldBuildTheLandingUrlFromTheSiteAddress() {
        assertEquals("https://mall.example.com/g/G0002", PosterContent.landingUrl("https://mall.example.com/", "G0002"));
        assertEquals("http://localhost:8080/g/G0002", PosterContent.landingUrl("http://localhost:8080", "G0002"));
    }

    @Test
    void shouldDrawAPosterSizedPng() throws Exception {
        BufferedImage poster = poster();

        assertEquals(GuidePosterRenderer.WIDTH, poster.getWidth());
        assertEquals(GuidePosterRenderer.HEIGHT, poster.getHeight());
    }

    @Test
    void shouldCarryAScannableCodeOfTheGuidesLandingPage() throws Exception {
        BufferedImage poster = poster();

        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(poster)));
        assertEquals("http://localhost:8080/g/G0002", new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void shouldDrawAChineseNameWithAFontThatHasItOrDropOnlyWhatNoFontHas() {
        PosterFonts.Line line = new PosterFonts().fit(CHINESE_NAME + " G0002", Font.BOLD, 60);

        if (line.getFont().canDisplayUpTo(CHINESE_NAME) == -1) {
            assertEquals(CHINESE_NAME + " G0002", line.getText());
        } else {
            assertEquals("G0002", line.getText());
        }
    }

    @Test
    void shouldKeepLatinTextInTheDefaultFont() {
        PosterFonts.Line line = new PosterFonts().fit("G0002", Font.PLAIN, 40);

        assertEquals("G0002", line.getText());
        assertEquals(Font.SANS_SERIF, line.getFont().getName());
    }

    private BufferedImage poster() throws Exception {
        PosterContent content = new PosterContent("\u8863\u6f9c \u00c9LAN", "\u4e0a\u6d77\u5357\u4eac\u897f\u8def\u65d7\u8230\u5e97",
                CHINESE_NAME, "G0002", "\u626b\u7801\u6210\u4e3a\u4f1a\u5458", "http://localhost:8080/g/G0002");
        byte[] png = renderer.render(content, "\u60a8\u7684\u4e13\u5c5e\u5bfc\u8d2d");
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
