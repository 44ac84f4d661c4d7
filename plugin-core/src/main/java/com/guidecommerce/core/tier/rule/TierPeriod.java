package com.guidecommerce.core.tier.rule;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A period tiers are evaluated over: a calendar month ({@code 2026-11}) or quarter ({@code 2026-Q4}) of store-local
 * days, both ends included.
 */
public final class TierPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long a period is; setting {@code gc.tier.period}. */
    public enum Kind {
        MONTH(1),
        QUARTER(3);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        public static Kind of(String setting) {
            try {
                return valueOf(setting.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new TierException(TierError.BAD_SETTING, "gc.tier.period", setting);
            }
        }
    }

    private final Kind kind;
    private final LocalDate first;

    private TierPeriod(Kind kind, LocalDate first) {
        this.kind = kind;
        this.first = first;
    }

    /** The period of this kind that contains the day. */
    public static TierPeriod containing(Kind kind, LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / kind.months * kind.months + 1;
        return new TierPeriod(kind, LocalDate.of(day.getYear(), firstMonth, 1));
    }

    /**
     * The last period that closed at least {@code waitDays} days before {@code today}: by then the refunds of its
     * orders inside the return window are in.
     */
    public static TierPeriod lastSettled(Kind kind, LocalDate today, int waitDays) {
        return containing(kind, today.minusDays(waitDays)).previous();
    }

    /** The period a key names: {@code 2026-11} or {@code 2026-Q4}. */
    public static TierPeriod parse(String key) {
        String text = key == null ? "" : key.trim().toUpperCase(Locale.ROOT);
        try {
            if (text.matches("\\d{4}-Q[1-4]")) {
                int quarter = text.charAt(6) - '0';
                return new TierPeriod(Kind.QUARTER, LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                        quarter * 3 - 2, 1));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return new TierPeriod(Kind.MONTH, LocalDate.parse(text + "-01"));
            }
        } catch (DateTimeParseException e) {
            throw new TierException(TierError.BAD_PERIOD, key);
        }
        throw new TierException(TierError.BAD_PERIOD, key);
    }

    public TierPeriod previous() {
        return new TierPeriod(kind, first.minusMonths(kind.months));
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getFirstDay() {
        return first;
    }

    public LocalDate getLastDay() {
        return first.plusMonths(kind.months).minusDays(1);
    }

    /** {@code 2026-11} or {@code 2026-Q4}. */
    public String getKey() {
        if (kind == Kind.QUARTER) {
            return first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
        }
        return String.format(Locale.ROOT, "%d-%02d", first.getYear(), first.getMonthValue());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TierPeriod && ((TierPeriod) other).kind == kind && ((TierPeriod) other).first.equals(first);
    }

    @Override
    public int hashCode() {
        return first.hashCode() * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        return getKey();
    }
}
