package com.guidecommerce.admin.packagecard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The channel order numbers HQ pastes to print their cards: one a line or separated by commas (also the Chinese
 * comma), blanks ignored, each printed once in the order pasted. A number is what a card code can carry: letters,
 * digits, '_' and '.', at most 64; compared without regard to letter case, as the channel feature compares them.
 */
public final class CardOrderNumbers {

    /** How many cards one sheet request prints at most (100 A4 pages). */
    public static final int MAX = 400;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,\uFF0C;\uFF1B]+");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_.]{1,64}");

    private CardOrderNumbers() {
    }

    /**
     * The distinct order numbers of the pasted text.
     *
     * @throws Refusal EMPTY for no number, TOO_MANY beyond {@link #MAX}, MALFORMED for the first number no card can
     *                 carry (its value is the number)
     */
    public static List<String> parse(String pasted) {
        Set<String> seen = new LinkedHashSet<String>();
        List<String> numbers = new ArrayList<String>();
        for (String part : SEPARATORS.split(pasted == null ? "" : pasted.trim())) {
            if (part.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(part).matches() || "0".equals(part)) {
                throw new Refusal(Refusal.MALFORMED, part.length() > 70 ? part.substring(0, 70) + "\u2026" : part);
            }
            if (seen.add(part.toUpperCase(Locale.ROOT))) {
                numbers.add(part);
            }
        }
        if (numbers.isEmpty()) {
            throw new Refusal(Refusal.EMPTY, null);
        }
        if (numbers.size() > MAX) {
            throw new Refusal(Refusal.TOO_MANY, String.valueOf(numbers.size()));
        }
        return Collections.unmodifiableList(numbers);
    }

    /** Pasted text that prints no sheet, with its reason; {@link #getValue()} is the number or count at fault. */
    public static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public static final String EMPTY = "EMPTY";
        public static final String TOO_MANY = "TOO_MANY";
        public static final String MALFORMED = "MALFORMED";

        private final String code;
        private final String value;

        Refusal(String code, String value) {
            super(code + (value == null ? "" : ": " + value));
            this.code = code;
            this.value = value;
        }

        public String getCode() {
            return code;
        }

        public String getValue() {
            return value;
        }
    }
}
