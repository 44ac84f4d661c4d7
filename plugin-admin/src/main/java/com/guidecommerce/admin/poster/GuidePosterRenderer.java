package com.guidecommerce.admin.poster;

import com.guidecommerce.core.share.QrCodeRenderer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

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
        BufferedImage poster = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = poster.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BAND);
            g.fillRect(0, 0, WIDTH, 240);
            centered(g, content.getBrand(), Font.BOLD, 76, Color.WHITE, 150);
            centered(g, content.getStore(), Font.PLAIN, 40, MUTED, 330);
            centered(g, guideLabel + "  " + content.getGuideName(), Font.BOLD, 60, INK, 430);
            g.drawImage(qrCodes.image(content.getLandingUrl(), QR_SIZE), (WIDTH - QR_SIZE) / 2, 500, null);
            centered(g, content.getGuideCode(), Font.BOLD, 44, INK, 1320);
            centered(g, content.getCallToAction(), Font.PLAIN, 40, INK, 1420);
            centered(g, content.getLandingUrl(), Font.PLAIN, 24, MUTED, 1540);
        } finally {
            g.dispose();
        }
        return png(poster);
    }

    private void centered(Graphics2D g, String text, int style, int size, Color color, int baseline) {
        if (text == null || text.trim().isEmpty()) {
            return;
        }
        PosterFonts.Line line = fonts.fit(text.trim(), style, size);
        Font font = line.getFont();
        FontMetrics metrics = g.getFontMetrics(font);
        // Shrink a line that is wider than the poster rather than cut it off.
        while (metrics.stringWidth(line.getText()) > WIDTH - 80 && font.getSize() > 12) {
            font = font.deriveFont((float) font.getSize() - 2);
            metrics = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.setColor(color);
        g.drawString(line.getText(), (WIDTH - metrics.stringWidth(line.getText())) / 2, baseline);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the poster image", e);
        }
    }
}
