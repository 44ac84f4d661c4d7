package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.common.NoteText;
import org.broadleafcommerce.common.currency.util.BroadleafCurrencyUtils;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Values as the admin user reads them, in their language: money with its currency and two decimals (formatted as
 * Broadleaf's own money fields are), rates as {@code 5 %}, yes/no, enumeration labels and stored notes. Used by the
 * plugin's pages ({@code ${gcValues.money(…)}}, put in the model by {@link AdminPageSupport}) and its grid and form
 * handler. Bean {@code gcReadableValues}.
 */
public class ReadableValues {

    /** The model attribute pages find it under. */
    public static final String MODEL_ATTRIBUTE = "gcValues";

    private static final String DEFAULT_CURRENCY = "CNY";

    private final MessageSource messages;
    private final NoteText notes;

    public ReadableValues(MessageSource messages) {
        this.messages = messages;
        this.notes = new NoteText(messages);
    }

    /** {@code ¥1,234.50}: the amount in its currency ({@code CNY} when none is given), as Broadleaf's money fields. */
    public String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        Currency currency = Currency.getInstance(currencyCode == null || currencyCode.isEmpty() ? DEFAULT_CURRENCY
                : currencyCode);
        // Broadleaf's cached format is shared between threads; a copy formats safely.
        NumberFormat format = (NumberFormat) BroadleafCurrencyUtils.getNumberFormatFromCache(locale(), currency).clone();
        return format.format(amount);
    }

    /** {@code 5 %}, {@code 12.5 %}: a rate in percent without trailing zeros. */
    public String rate(BigDecimal percent) {
        return percent == null ? "" : plain(percent) + " %";
    }

    /** A rate as an input field holds it: {@code 5} rather than {@code 5.0000}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** 是/否, Yes/No; empty for no value. */
    public String yesNo(Boolean value) {
        return value == null ? "" : message("gcValue_" + value, value.toString());
    }

    /** The label of an enumeration value ({@code label("CommissionRole_", "BOUND_GUIDE")}); the code without one. */
    public String label(String keyPrefix, String code) {
        return code == null ? "" : message(keyPrefix + code, code);
    }

    /** A stored note in the reader's language; text that is no note as it is. */
    public String note(String stored) {
        return stored == null ? "" : notes.render(stored, locale());
    }

    /** The text of a message key in the reader's language; the fallback without one. */
    public String text(String key, String fallback) {
        return message(key, fallback);
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    /** The admin user's language, as Broadleaf's admin request filter put it on the request context. */
    protected Locale locale() {
        BroadleafRequestContext request = BroadleafRequestContext.getBroadleafRequestContext();
        return request == null || request.getJavaLocale() == null ? Locale.getDefault() : request.getJavaLocale();
    }
}
