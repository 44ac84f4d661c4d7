package com.guidecommerce.core.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Renders scannable QR codes, black on white, with ZXing's encoder and image writer. Error correction is high (about
 * 30 % of the code can be damaged or covered, as happens on printed posters and counter cards).
 */
public class QrCodeRenderer {

    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 2048;

    /** A square PNG of {@code size} pixels (clamped to 64–2048) that encodes {@code text}. */
    public byte[] png(String text, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix(text, size), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the QR code image", e);
        }
        return out.toByteArray();
    }

    /** The same code as {@link #png}, as an image to draw on something larger (a poster). */
    public BufferedImage image(String text, int size) {
        return MatrixToImageWriter.toBufferedImage(matrix(text, size));
    }

    private static BitMatrix matrix(String text, int size) {
        int pixels = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        Map<EncodeHintType, Object> hints = new EnumMap<EncodeHintType, Object>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.MARGIN, 2);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for: " + text, e);
        }
    }
}
