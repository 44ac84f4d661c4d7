package com.guidecommerce.site.guide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts and counts as the workbench writes them in the reader's language: yuan with the ¥ sign and two decimals
 * ({@code ¥1,234.50}, {@code -¥3.00}), changes with their sign ({@code +¥12.00}, {@code +3}, {@code -12.5%}).
 */
public final class WorkbenchText {

    private static final String YUAN = "\u00a5";

    private WorkbenchText() {
    }

    public static String money(BigDecimal amount, Locale locale) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = format(rounded.abs(), "#,##0.00", locale);
        return (rounded.signum() < 0 ? "-" : "") + YUAN + digits;
    }

    public static String count(long count, Locale locale) {
        return format(BigDecimal.valueOf(count), "#,##0", locale);
    }

    /** A change of money with its sign: {@code +¥12.00}, {@code -¥3.00}, {@code ¥0.00}. */
    public static String moneyChange(BigDecimal change, Locale locale) {
        return (change.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" : "") + money(change, locale);
    }

    /** A change of a count with its sign: {@code +3}, {@code -1}, {@code 0}. */
    public static String countChange(long change, Locale locale) {
        return (change > 0 ? "+" : change < 0 ? "-" : "") + count(Math.abs(change), locale);
    }

    /** A percentage with one decimal and its sign: {@code +12.5%}; null for none. */
    public static String percentChange(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return null;
        }
        return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "-" : "")
                + format(percent.abs(), "#,##0.0", locale) + "%";
    }

    private static String format(BigDecimal value, String pattern, Locale locale) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
