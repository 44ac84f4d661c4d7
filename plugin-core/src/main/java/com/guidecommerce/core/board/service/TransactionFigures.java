package com.guidecommerce.core.board.service;

import com.guidecommerce.core.board.rule.FigureSheet;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The figures a transaction has caused so far, added up and written once: when the order listener writes its batch
 * (the ledger's entries of the same batch go with it), or just before the transaction commits (bindings). So each key
 * is written once per transaction and all of a transaction's rows are locked in one sorted pass. Outside a
 * transaction, figures are written at once. Bean {@code gcTransactionFigures}.
 */
public class TransactionFigures {

    private final FigureWriter writer;

    public TransactionFigures(FigureWriter writer) {
        this.writer = writer;
    }

    public void add(FigureSheet sheet) {
        if (sheet.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.write(sheet, SystemTime.asDate());
            return;
        }
        Pending pending = pending();
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.sheet.addAll(sheet);
    }

    /** Writes what the current transaction has added and not written yet. */
    public void flush() {
        Pending pending = TransactionSynchronizationManager.isSynchronizationActive() ? pending() : null;
        if (pending != null) {
            pending.write();
        }
    }

    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending && ((Pending) synchronization).owner() == this) {
                return (Pending) synchronization;
            }
        }
        return null;
    }

    /** One transaction's unwritten figures; belongs to the transaction, so a suspended one keeps its own. */
    private final class Pending extends TransactionSynchronizationAdapter {

        final FigureSheet sheet = new FigureSheet();

        TransactionFigures owner() {
            return TransactionFigures.this;
        }

        void write() {
            if (!sheet.isEmpty()) {
                writer.write(sheet, SystemTime.asDate());
                sheet.clear();
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }
    }
}
