package com.guidecommerce.core.commission.service;

/**
 * Answers "why is this entry in the ledger?" for HQ and for a guide who questions a figure. Read only. Bean
 * {@code gcCommissionExplainService}.
 */
public interface CommissionExplainService {

    /** The explanation of the entry, or {@code null} when there is no such entry. */
    Explanation explain(Long entryId);
}
