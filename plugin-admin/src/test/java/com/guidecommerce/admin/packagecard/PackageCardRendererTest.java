package com.guidecommerce.admin.packagecard;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.guidecommerce.admin.poster.PosterFonts;
import com.guidecommerce.core.share.QrCodeRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PackageCardRendererTest {

    private final PackageCardRenderer renderer = new PackageCardRenderer(new QrCodeRenderer(), new PosterFonts());

    @Test
    void shouldBuildTheLandingUrlFromTheSiteAddress() {
        assertEquals("https://mall.example.com/card/PC3-T1-ab", PackageCardContent.landingUrl("https://mall.example.com/", "PC3-T1-ab"));
        assertEquals("http://localhost:8080/card/PC3-0-cd", PackageCardContent.landingUrl("http://localhost:8080", "PC3-0-cd"));
    }

    @Test
    void shouldDrawAnA6CardWhoseCodeOpensItsLandingPage() throws Exception {
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(renderer.png(card(1))));

        assertEquals(PackageCardRenderer.WIDTH, card.getWidth());
        assertEquals(PackageCardRenderer.HEIGHT, card.getHeight());
        assertEquals(card(1).getLandingUrl(), decode(card));
    }

    @Test
    void shouldPrintFourCardsAnA4PageInTheOrderGiven() throws Exception {
        List<PackageCardContent> cards = new ArrayList<PackageCardContent>();
        for (int i = 1; i <= 5; i++) {
            cards.add(card(i));
        }

        try (PDDocument sheet = PDDocument.load(renderer.pdf(cards))) {
            assertEquals(2, sheet.getNumberOfPages());
            for (PDPage page : sheet.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            }
            PDFRenderer pages = new PDFRenderer(sheet);
            BufferedImage first = pages.renderImageWithDPI(0, 200);
            int halfWidth = first.getWidth() / 2;
            int halfHeight = first.getHeight() / 2;
            assertEquals(cards.get(0).getLandingUrl(), decode(first.getSubimage(0, 0, halfWidth, halfHeight)));
            assertEquals(cards.get(1).getLandingUrl(), decode(first.getSubimage(halfWidth, 0, halfWidth, halfHeight)));
            assertEquals(cards.get(2).getLandingUrl(), decode(first.getSubimage(0, halfHeight, halfWidth, halfHeight)));
            assertEquals(cards.get(3).getLandingUrl(), decode(first.getSubimage(halfWidth, halfHeight, halfWidth, halfHeight)));
            BufferedImage second = pages.renderImageWithDPI(1, 200);
            assertEquals(cards.get(4).getLandingUrl(),
                    decode(second.getSubimage(0, 0, second.getWidth() / 2, second.getHeight() / 2)));
            assertThrows(NotFoundException.class,
                    () -> decode(second.getSubimage(second.getWidth() / 2, 0, second.getWidth() / 2, second.getHeight() / 2)));
        }
    }

    @Test
    void shouldRefuseAnEmptySheet() {
        assertThrows(IllegalArgumentException.class, () -> renderer.pdf(new ArrayList<PackageCardContent>()));
    }

    private static PackageCardContent card(int n) {
        String code = "PC7-TM2026120600" + n + "-x" + n;
        return new PackageCardContent("\u8863\u6f9c \u00c9LAN", "\u626b\u7801\u6210\u4e3a\u4f1a\u5458",
                "\u9996\u5355\u7acb\u51cf 20 \u5143", "\u6df1\u5733\u5357\u5c71\u5e97", "\u5929\u732b\u8ba2\u5355 TM2026120600" + n,
                PackageCardContent.landingUrl("http://localhost:8080", code), code);
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = new EnumMap<DecodeHintType, Object>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        return new QRCodeReader().decode(bitmap, hints).getText();
    }
}
