package com.guidecommerce.core.channel.event;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * The file HQ downloads to start a channel import from: the header row with every column {@link CsvEvents} reads, then
 * an example order of two lines and a refund of one of them, in the form an upload takes (UTF-8 with a byte-order mark
 * so spreadsheet tools read the Chinese product names, RFC 4180 quoting and line ends, written with Apache Commons CSV
 * as the statement export is). The example is a valid import in itself.
 */
public final class CsvTemplate {

    /** The example rows, in the order of {@link CsvEvents#COLUMNS}. */
    static final List<List<String>> EXAMPLE_ROWS = Arrays.asList(
            Arrays.asList("ORDER_PAID", "TM-EXAMPLE-0001", "", "2025-06-18T10:15:00+08:00", "", "13800138000",
                    "tb_example_buyer", "", "", "", "CNY", "1", "linen-midi-dress", "", "",
                    "\u4e9a\u9ebb\u6536\u8170\u4e2d\u957f\u8fde\u8863\u88d9, M", "1", "599.00"),
            Arrays.asList("ORDER_PAID", "TM-EXAMPLE-0001", "", "", "", "", "", "", "", "", "", "2",
                    "floral-wrap-dress", "", "", "\u788e\u82b1\u88f9\u8eab\u8fde\u8863\u88d9", "2", "798.00"),
            Arrays.asList("REFUND", "TM-EXAMPLE-0001", "RF-EXAMPLE-0001", "2025-06-20T09:30:00+08:00", "", "", "", "",
                    "", "", "", "2", "", "", "", "", "", "399.00"));

    private static final char BOM = '\uFEFF';

    private CsvTemplate() {
    }

    /** Writes the template; the writer stays open (it belongs to the caller). */
    public static void write(Writer out) throws IOException {
        out.write(BOM);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(CsvEvents.COLUMNS);
        for (List<String> row : EXAMPLE_ROWS) {
            csv.printRecord(row);
        }
        csv.flush();
    }
}
