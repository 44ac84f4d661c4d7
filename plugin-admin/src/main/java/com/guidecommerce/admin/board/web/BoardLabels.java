package com.guidecommerce.admin.board.web;

import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.core.board.domain.Metric;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The boards' words and values in the reader's language: metric, scope, subject and period labels by their codes
 * ({@code gcBoardMetric_NET_SALES}), money as the admin's money fields show it, counts as whole numbers.
 */
final class BoardLabels implements LeaderboardCsv.Words {

    private final MessageSource messages;
    private final Locale locale;
    private final ReadableValues values;

    BoardLabels(MessageSource messages, Locale locale, ReadableValues values) {
        this.messages = messages;
        this.locale = locale;
        this.values = values;
    }

    @Override
    public String text(String messageKey) {
        return messages.getMessage(messageKey, null, messageKey, locale);
    }

    String text(String messageKey, Object... args) {
        return messages.getMessage(messageKey, args, messageKey, locale);
    }

    String label(String prefix, String code) {
        return text(prefix + code);
    }

    String metric(Metric metric) {
        return label("gcBoardMetric_", metric.name());
    }

    /** The value of a metric as the page shows it. */
    String value(Metric metric, BigDecimal value) {
        return isMoney(metric) ? values.money(value, null) : ReadableValues.plain(value);
    }

    static boolean isMoney(Metric metric) {
        return metric == Metric.NET_SALES || metric == Metric.COMMISSION;
    }

    /** {@code ZH} or {@code EN}: the ECharts locale built into its bundle that reads as the admin does. */
    String chartLocale() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "ZH" : "EN";
    }
}
