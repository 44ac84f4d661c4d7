package com.guidecommerce.admin.poster;

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
 * A white page to print on (a poster, a package card): centred lines that shrink rather than overflow, each in a font
 * that can draw it ({@link PosterFonts}), and the page as a PNG. Plain Java2D; runs headless.
 */
public final class PrintCanvas {

    private final BufferedImage image;
    private final Graphics2D g;
    private final PosterFonts fonts;

    public PrintCanvas(int width, int height, PosterFonts fonts) {
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        this.fonts = fonts;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    public Graphics2D graphics() {
        return g;
    }

    public void band(Color color, int top, int height) {
        g.setColor(color);
        g.fillRect(0, top, image.getWidth(), height);
    }

    public void drawCentered(BufferedImage picture, int top) {
        g.drawImage(picture, (image.getWidth() - picture.getWidth()) / 2, top, null);
    }

    /** One centred line; nothing for an empty text. Kept 40 px clear of each edge, shrinking the font if need be. */
    public void centered(String text, int style, int size, Color color, int baseline) {
        if (text == null || text.trim().isEmpty()) {
            return;
        }
        PosterFonts.Line line = fonts.fit(text.trim(), style, size);
        Font font = line.getFont();
        FontMetrics metrics = g.getFontMetrics(font);
        while (metrics.stringWidth(line.getText()) > image.getWidth() - 80 && font.getSize() > 12) {
            font = font.deriveFont((float) font.getSize() - 2);
            metrics = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.setColor(color);
        g.drawString(line.getText(), (image.getWidth() - metrics.stringWidth(line.getText())) / 2, baseline);
    }

    /** Ends the drawing and gives the page. */
    public BufferedImage finish() {
        g.dispose();
        return image;
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the image", e);
        }
    }
}
