package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.core.commission.rule.StatementCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign funnel's breakdown as a CSV file, as the page's table shows it: first what it is (campaign, days and
 * zone), a blank line, then one row per channel and store with the stages' counts and the rates (plain fractions, and
 * where the two referenced rates stand against their band), and the whole campaign last. Starts with a byte-order mark
 * for spreadsheet tools; fields are defused as the statement CSV's are.
 */
final class FunnelCsv {

    private static final char BOM = '\uFEFF';

    private FunnelCsv() {
    }

    static void write(String campaignName, String days, FunnelView view, FunnelView.Words words, Writer out)
            throws IOException {
        out.write(BOM);
        // Not closed: the writer belongs to the caller.
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        row(csv, words.text("gcCardFunnel_title"));
        row(csv, words.text("gcCardFunnel_campaign"), campaignName);
        row(csv, words.text("gcCardFunnel_days"), days);
        csv.println();
        List<String> header = new ArrayList<String>();
        header.add(words.text("gcCardFunnel_channel"));
        header.add(words.text("gcCardFunnel_store"));
        header.addAll(view.getStageLabels());
        for (FunnelRate rate : view.getTotal().getRates()) {
            header.add(rate.getLabel());
            if (rate.isReferenced()) {
                header.add(rate.getLabel() + " (" + rate.getReferenceText() + ")");
            }
        }
        row(csv, header.toArray(new String[0]));
        for (FunnelView.Part part : view.getParts()) {
            row(csv, cells(part, part.getStoreCode() == null ? words.text("gcCardFunnel_noStore")
                    : part.getStoreCode(), words));
        }
        row(csv, cells(view.getTotal(), words.text("gcCardFunnel_total"), words));
        csv.flush();
    }

    private static String[] cells(FunnelView.Part part, String store, FunnelView.Words words) {
        List<String> cells = new ArrayList<String>();
        cells.add(part.getChannelCode());
        cells.add(store);
        for (Long count : part.getCounts()) {
            cells.add(String.valueOf(count));
        }
        for (FunnelRate rate : part.getRates()) {
            cells.add(rate.getValue() == null ? "" : rate.getValue().toPlainString());
            if (rate.isReferenced()) {
                cells.add(rate.getBand() == null ? "" : words.text("gcCardFunnelBand_" + rate.getBand()));
            }
        }
        return cells.toArray(new String[0]);
    }

    private static void row(CSVPrinter csv, String... fields) throws IOException {
        for (String field : fields) {
            csv.print(StatementCsv.defused(field));
        }
        csv.println();
    }
}
