package com.guidecommerce.site.guide;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WorkbenchTextTest {

    @Test
    void shouldWriteYuanWithTwoDecimalsInEitherLanguage() {
        assertEquals("\u00a51,234.50", WorkbenchText.money(new BigDecimal("1234.5"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("\u00a51,234.50", WorkbenchText.money(new BigDecimal("1234.495"), Locale.US));
        assertEquals("-\u00a53.00", WorkbenchText.money(new BigDecimal("-3"), Locale.US));
        assertEquals("\u00a50.00", WorkbenchText.money(BigDecimal.ZERO, Locale.US));
    }

    @Test
    void shouldSignChanges() {
        assertEquals("+\u00a512.00", WorkbenchText.moneyChange(new BigDecimal("12"), Locale.US));
        assertEquals("-\u00a512.00", WorkbenchText.moneyChange(new BigDecimal("-12"), Locale.US));
        assertEquals("\u00a50.00", WorkbenchText.moneyChange(new BigDecimal("0.001"), Locale.US));
        assertEquals("+1,200", WorkbenchText.countChange(1200, Locale.US));
        assertEquals("-3", WorkbenchText.countChange(-3, Locale.US));
        assertEquals("0", WorkbenchText.countChange(0, Locale.US));
        assertEquals("+12.5%", WorkbenchText.percentChange(new BigDecimal("12.5"), Locale.US));
        assertEquals("-100.0%", WorkbenchText.percentChange(new BigDecimal("-100.0"), Locale.US));
        assertNull(WorkbenchText.percentChange(null, Locale.US));
    }
}
