package com.guidecommerce.admin.packagecard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CardOrderNumbersTest {

    @Test
    void shouldReadNumbersOneALineOrSeparatedByCommasInTheOrderPasted() {
        assertEquals(Arrays.asList("4071938277202", "TM1", "a_b.c", "TM2"),
                CardOrderNumbers.parse(" 4071938277202\r\nTM1, a_b.c\uff0cTM2\n\n"));
    }

    @Test
    void shouldPrintANumberPastedTwiceOnceWhateverItsLetterCase() {
        assertEquals(Arrays.asList("tm1", "TM2"), CardOrderNumbers.parse("tm1\nTM2\nTM1"));
    }

    @Test
    void shouldTakeAsManyNumbersAsOneRequestPrints() {
        assertEquals(CardOrderNumbers.MAX, CardOrderNumbers.parse(String.join("\n", numbers(CardOrderNumbers.MAX))).size());
    }

    @Test
    void shouldRefuseOneNumberMoreSayingHowMany() {
        CardOrderNumbers.Refusal refusal = assertThrows(CardOrderNumbers.Refusal.class,
                () -> CardOrderNumbers.parse(String.join(",", numbers(CardOrderNumbers.MAX + 1))));

        assertEquals(CardOrderNumbers.Refusal.TOO_MANY, refusal.getCode());
        assertEquals(String.valueOf(CardOrderNumbers.MAX + 1), refusal.getValue());
    }

    @Test
    void shouldRefuseNothingPasted() {
        assertEquals(CardOrderNumbers.Refusal.EMPTY,
                assertThrows(CardOrderNumbers.Refusal.class, () -> CardOrderNumbers.parse(null)).getCode());
        assertEquals(CardOrderNumbers.Refusal.EMPTY,
                assertThrows(CardOrderNumbers.Refusal.class, () -> CardOrderNumbers.parse(" ,\n ")).getCode());
    }

    @Test
    void shouldRefuseTheFirstNumberNoCardCanCarry() {
        assertMalformed("TM1\nTM-2\nTM 3", "TM-2");
        assertMalformed("0", "0");
        assertMalformed("\u8ba2\u53551", "\u8ba2\u53551");
        String tooLong = new String(new char[65]).replace('\0', '9');
        assertMalformed(tooLong, tooLong);
    }

    private static void assertMalformed(String pasted, String number) {
        CardOrderNumbers.Refusal refusal = assertThrows(CardOrderNumbers.Refusal.class,
                () -> CardOrderNumbers.parse(pasted));
        assertEquals(CardOrderNumbers.Refusal.MALFORMED, refusal.getCode());
        assertEquals(number, refusal.getValue());
    }

    private static List<String> numbers(int count) {
        List<String> numbers = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            numbers.add("TM" + i);
        }
        return numbers;
    }
}
