package com.guidecommerce.core.commission.ledger;

import java.util.List;

/**
 * Hears what the commission ledger appended. Contract: {@link #onAppended} is called once per ledger batch that
 * appended entries, in the transaction that appends them, after they are written; a failure rolls the batch back. A
 * listener writes only its own tables and keeps no state outside them (a batch rolled back is told again when applied
 * again). Beans of this type are found in the application context and handed to the ledger
 * ({@code gcCommissionListener}).
 */
public interface LedgerEntryListener {

    void onAppended(List<AppendedEntry> entries);
}
