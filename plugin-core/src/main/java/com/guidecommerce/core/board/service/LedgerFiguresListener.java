package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.rule.FigurePlace;
import com.guidecommerce.core.board.rule.FigureRules;
import com.guidecommerce.core.board.rule.FigureSheet;
import com.guidecommerce.core.commission.ledger.AppendedEntry;
import com.guidecommerce.core.commission.ledger.LedgerEntryListener;

import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Commission figures from what the ledger appended: guides' commissions and reversals, on the store-local day they
 * were appended. Added to the transaction's figures, written with the batch's order figures. Bean
 * {@code gcLedgerFiguresListener}.
 */
public class LedgerFiguresListener implements LedgerEntryListener {

    private final FigureLookups lookups;
    private final TransactionFigures figures;

    public LedgerFiguresListener(FigureLookups lookups, TransactionFigures figures) {
        this.lookups = lookups;
        this.figures = figures;
    }

    @Override
    public void onAppended(List<AppendedEntry> entries) {
        Set<Long> guides = new HashSet<Long>();
        for (AppendedEntry entry : entries) {
            if (FigureRules.countsFor(entry)) {
                guides.add(entry.getBeneficiaryId());
            }
        }
        if (guides.isEmpty()) {
            return;
        }
        FigureRules.Lookup lookup = lookups.read(Collections.<Long, List<Date>>emptyMap(), guides,
                Collections.<Long>emptySet());
        FigureSheet sheet = new FigureSheet();
        for (AppendedEntry entry : entries) {
            FigurePlace place = FigureRules.countsFor(entry) ? lookup.placeOf(entry.getBeneficiaryId()) : null;
            if (place != null) {
                FigureRules.addEntry(sheet, place, entry);
            }
        }
        figures.add(sheet);
    }
}
