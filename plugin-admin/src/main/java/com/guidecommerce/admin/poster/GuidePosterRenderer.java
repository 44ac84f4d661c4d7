package com.guidecommerce.admin.poster;

import com.guidecommerce.core.share.QrCodeRenderer;

import java.awt.Color;
import java.awt.Font;

/**
 * Draws a guide's printable poster (1080 x 1600 px PNG, a 2:3 poster at about 130 dpi on A4): brand on a dark band,
 * store, "your exclusive guide" and the guide's name, a large QR code of the guide's landing page, the guide code and
 * a call to action. Plain Java2D; runs headless.
 */
public class GuidePosterRenderer {

    public static final int WIDTH = 1080;
    public static final int HEIGHT = 1600;
    static final int QR_SIZE = 760;

    private static final Color BAND = new Color(0x1F, 0x2A, 0x44);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);

    private final QrCodeRenderer qrCodes;
    private final PosterFonts fonts;

    public GuidePosterRenderer(QrCodeRenderer qrCodes, PosterFonts fonts) {
        this.qrCodes = qrCodes;
        this.fonts = fonts;
    }

    /**
     * @param guideLabel the words before the guide's name, e.g. "Your exclusive guide"
     */
    public byte[] render(PosterContent content, String guideLabel) {
        PrintCanvas canvas = new PrintCanvas(WIDTH, HEIGHT, fonts);
        canvas.band(BAND, 0, 240);
        canvas.centered(content.getBrand(), Font.BOLD, 76, Color.WHITE, 150);
        canvas.centered(content.getStore(), Font.PLAIN, 40, MUTED, 330);
        canvas.centered(guideLabel + "  " + content.getGuideName(), Font.BOLD, 60, INK, 430);
        canvas.drawCentered(qrCodes.image(content.getLandingUrl(), QR_SIZE), 500);
        canvas.centered(content.getGuideCode(), Font.BOLD, 44, INK, 1320);
        canvas.centered(content.getCallToAction(), Font.PLAIN, 40, INK, 1420);
        canvas.centered(content.getLandingUrl(), Font.PLAIN, 24, MUTED, 1540);
        return PrintCanvas.png(canvas.finish());
    }
}
