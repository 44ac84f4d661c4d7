package com.guidecommerce.admin.poster;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a font for each line of a poster. Chinese names need a CJK font, which a server may or may not have: the
 * usual CJK families are tried first, then every installed family. When nothing can draw a line, the characters no
 * font can draw are left out, so the poster still shows the guide code and the QR code rather than empty boxes.
 */
public class PosterFonts {

    private static final List<String> PREFERRED = Arrays.asList("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", "SimHei", "Droid Sans Fallback");
    private static final String CJK_PROBE = "\u5bfc\u8d2d\u4f1a\u5458";

    private volatile String cjkFamily;
    private volatile boolean cjkSearched;

    /** A font of the size that draws {@code text}, and the text as it will be drawn. */
    public Line fit(String text, int style, int size) {
        Font sans = new Font(Font.SANS_SERIF, style, size);
        if (sans.canDisplayUpTo(text) == -1) {
            return new Line(sans, text);
        }
        String family = cjkFamily();
        if (family != null) {
            Font cjk = new Font(family, style, size);
            if (cjk.canDisplayUpTo(text) == -1) {
                return new Line(cjk, text);
            }
        }
        return new Line(sans, drawablePart(sans, text));
    }

    private String cjkFamily() {
        if (!cjkSearched) {
            cjkFamily = findCjkFamily();
            cjkSearched = true;
        }
        return cjkFamily;
    }

    private static String findCjkFamily() {
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : PREFERRED) {
            if (installed.contains(family) && new Font(family, Font.PLAIN, 12).canDisplayUpTo(CJK_PROBE) == -1) {
                return family;
            }
        }
        for (String family : installed) {
            if (new Font(family, Font.PLAIN, 12).canDisplayUpTo(CJK_PROBE) == -1) {
                return family;
            }
        }
        return null;
    }

    private static String drawablePart(Font font, String text) {
        StringBuilder drawable = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (font.canDisplay(text.charAt(i))) {
                drawable.append(text.charAt(i));
            }
        }
        return drawable.toString().trim().replaceAll("\\s{2,}", " ");
    }

    /** A line of text with the font that draws it. */
    public static final class Line {

        private final Font font;
        private final String text;

        Line(Font font, String text) {
            this.font = font;
            this.text = text;
        }

        public Font getFont() {
            return font;
        }

        public String getText() {
            return text;
        }
    }
}
