package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.commission.rule.StatementCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A list of tagged members as CSV for a spreadsheet: a byte-order mark so Excel reads UTF-8, the headings, then one
 * row per member, every field defused against formulas. What the fields hold (masked or full contacts) is the
 * caller's decision.
 */
public final class TaggedMembersCsv {

    private static final char BOM = '\uFEFF';

    private TaggedMembersCsv() {
    }

    public static void write(List<String> headings, List<List<String>> rows, Writer out) throws IOException {
        out.write(BOM);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        print(csv, headings);
        for (List<String> row : rows) {
            print(csv, row);
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, List<String> fields) throws IOException {
        for (String field : fields) {
            csv.print(StatementCsv.defused(field));
        }
        csv.println();
    }
}
