package com.guidecommerce.core.channel.event;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import template HQ downloads: every column, and example rows an upload takes as they are. */
class CsvTemplateTest {

    @Test
    void shouldStartWithAByteOrderMarkAndTheHeaderOfEveryColumn() throws IOException {
        String text = template();

        assertEquals('\uFEFF', text.charAt(0));
        assertEquals(String.join(",", CsvEvents.COLUMNS), text.substring(1, text.indexOf("\r\n")));
    }

    @Test
    void shouldHoldExampleRowsThatImportAsAnOrderAndARefund() throws IOException {
        CsvEvents.Parsed parsed = CsvEvents.read(new ByteArrayInputStream(template().getBytes(StandardCharsets.UTF_8)));

        assertNull(parsed.getFileProblem());
        assertEquals(2, parsed.getEvents().size());
        EventRows order = parsed.getEvents().get(0);
        EventRows refund = parsed.getEvents().get(1);
        assertTrue(order.isValid(), order::describeReasons);
        assertTrue(refund.isValid(), refund::describeReasons);
        assertEquals("ORDER_PAID:TM-EXAMPLE-0001", order.getKey());
        assertEquals(Arrays.asList(2, 3), order.getRowNumbers());
        assertEquals(2, order.getEvent().getLines().size());
        assertEquals(new BigDecimal("798.00"), order.getEvent().getLines().get(1).getAmount());
        assertEquals("REFUND:TM-EXAMPLE-0001:RF-EXAMPLE-0001", refund.getKey());
    }

    @Test
    void shouldQuoteAFieldThatHoldsAComma() throws IOException {
        List<String> firstRow = CsvTemplate.EXAMPLE_ROWS.get(0);
        String name = firstRow.get(CsvEvents.COLUMNS.indexOf("name"));

        assertTrue(name.contains(","), "the example shows a quoted field");
        assertTrue(template().contains("\"" + name + "\""));
        CsvEvents.Parsed parsed = CsvEvents.read(new StringReader(template().substring(1)));
        assertEquals(name, parsed.getEvents().get(0).getEvent().getLines().get(0).getName());
    }

    private static String template() throws IOException {
        StringWriter out = new StringWriter();
        CsvTemplate.write(out);
        return out.toString();
    }
}
