package com.guidecommerce.admin.packagecard;

import com.guidecommerce.admin.poster.PosterFonts;
import com.guidecommerce.admin.poster.PrintCanvas;
import com.guidecommerce.core.share.QrCodeRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Draws package cards for print: one card as a PNG (A6 portrait at 200 dpi: brand band, headline, benefit, a large QR
 * code of the card's landing page, store, order line and the code in small type), and sheets of them as an A4 PDF,
 * four cards a page in a 2 x 2 grid inside a printer-safe margin, each framed by a light cut line.
 */
public class PackageCardRenderer {

    /** A6 (105 x 148 mm) at 200 dpi. */
    public static final int WIDTH = 827;
    public static final int HEIGHT = 1165;
    public static final int CARDS_PER_PAGE = 4;
    static final int QR_SIZE = 540;
    /** Kept clear around the grid on each A4 page, in PDF points (about 6 mm). */
    static final float PAGE_MARGIN = 18f;

    private static final Color BAND = new Color(0xB0, 0x1E, 0x2D);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x77, 0x77, 0x77);

    private final QrCodeRenderer qrCodes;
    private final PosterFonts fonts;

    public PackageCardRenderer(QrCodeRenderer qrCodes, PosterFonts fonts) {
        this.qrCodes = qrCodes;
        this.fonts = fonts;
    }

    public byte[] png(PackageCardContent card) {
        return PrintCanvas.png(draw(card));
    }

    BufferedImage draw(PackageCardContent card) {
        PrintCanvas canvas = new PrintCanvas(WIDTH, HEIGHT, fonts);
        canvas.band(BAND, 0, 170);
        canvas.centered(card.getBrand(), Font.BOLD, 64, Color.WHITE, 112);
        canvas.centered(card.getHeadline(), Font.BOLD, 46, INK, 250);
        canvas.centered(card.getBenefit(), Font.PLAIN, 34, BAND, 310);
        canvas.drawCentered(qrCodes.image(card.getLandingUrl(), QR_SIZE), 350);
        canvas.centered(card.getStore(), Font.PLAIN, 32, INK, 950);
        canvas.centered(card.getOrderLine(), Font.PLAIN, 28, MUTED, 1010);
        canvas.centered(card.getCode(), Font.PLAIN, 22, MUTED, 1110);
        return canvas.finish();
    }

    /** The cards on A4 pages, four a page, in the order given. */
    public byte[] pdf(List<PackageCardContent> cards) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("A sheet needs at least one card");
        }
        try (PDDocument document = new PDDocument()) {
            PDRectangle a4 = PDRectangle.A4;
            float cellWidth = (a4.getWidth() - 2 * PAGE_MARGIN) / 2;
            float cellHeight = (a4.getHeight() - 2 * PAGE_MARGIN) / 2;
            float cardWidth = Math.min(cellWidth, cellHeight * WIDTH / HEIGHT);
            float cardHeight = cardWidth * HEIGHT / WIDTH;
            for (int first = 0; first < cards.size(); first += CARDS_PER_PAGE) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int i = first; i < Math.min(cards.size(), first + CARDS_PER_PAGE); i++) {
                        int cell = i - first;
                        float x = PAGE_MARGIN + (cell % 2) * cellWidth + (cellWidth - cardWidth) / 2;
                        // PDF's y runs upwards: the first row is the upper one.
                        float y = a4.getHeight() - PAGE_MARGIN - (cell / 2 + 1) * cellHeight + (cellHeight - cardHeight) / 2;
                        PDImageXObject image = LosslessFactory.createFromImage(document, draw(cards.get(i)));
                        content.drawImage(image, x, y, cardWidth, cardHeight);
                        content.setStrokingColor(0.75f, 0.75f, 0.75f);
                        content.setLineWidth(0.5f);
                        content.addRect(x, y, cardWidth, cardHeight);
                        content.stroke();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the card sheet", e);
        }
    }
}
