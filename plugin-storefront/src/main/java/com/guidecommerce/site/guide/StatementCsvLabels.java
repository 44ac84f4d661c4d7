package com.guidecommerce.site.guide;

import com.guidecommerce.core.commission.rule.StatementCsv;
import org.springframework.context.MessageSource;

import java.util.Locale;

/** A statement CSV's headings and codes in the storefront's messages, in the language of the one downloading it. */
public final class StatementCsvLabels implements StatementCsv.Labels {

    private final MessageSource messageSource;
    private final Locale locale;

    public StatementCsvLabels(MessageSource messageSource, Locale locale) {
        this.messageSource = messageSource;
        this.locale = locale;
    }

    @Override
    public String label(String keyPrefix, String code) {
        return messageSource.getMessage(StatementRow.CSV_PREFIX + keyPrefix + code, null, code, locale);
    }

    @Override
    public String text(String messageKey, String english) {
        return messageSource.getMessage(StatementRow.CSV_PREFIX + messageKey, null, english, locale);
    }
}
