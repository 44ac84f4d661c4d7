package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.common.jdbc.RowInserts;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.share.ShareCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;
import java.util.List;

/**
 * The commission ledger's reaction to channel orders: attributes each identified order (bound guide as of the paid
 * time, franchisee, sharer and a distributor's parent guide), writes its lines' commissions under the plan in force when it was paid (at payment, or at
 * completion for channels that start then), freezes them when the order completes, and reverses the refunded share of
 * them on every refund. Bean {@code gcCommissionListener}; writes GC_COMMISSION_ENTRY and GC_ORDER_ATTRIBUTION only.
 */
public class CommissionListener implements OrderListener, Ordered {

    public static final int ORDER = 1000;

    private final LedgerStore store;
    private final IdBlocks ids;
    private final Attribution attribution;
    private final BindingService bindings;
    private final OrganisationService organisation;
    private final DistributionService distribution;
    private List<LedgerEntryListener> entryListeners = Collections.emptyList();

    public CommissionListener(JdbcTemplate jdbc, RowInserts inserts, IdBlocks ids, ShareCodes shareCodes,
                              int attributionWindowDays, BindingService bindings, OrganisationService organisation,
                              DistributionService distribution) {
        this.store = new LedgerStore(jdbc, inserts);
        this.ids = ids;
        this.attribution = new Attribution(shareCodes, attributionWindowDays);
        this.bindings = bindings;
        this.organisation = organisation;
        this.distribution = distribution;
    }

    /** Those told what each batch appended: every {@link LedgerEntryListener} bean of the context. */
    @Autowired(required = false)
    public void setEntryListeners(List<LedgerEntryListener> entryListeners) {
        this.entryListeners = Collections.unmodifiableList(entryListeners);
    }

    public List<LedgerEntryListener> getEntryListeners() {
        return entryListeners;
    }

    @Override
    public void onOrders(OrderFacts facts) {
        new LedgerBatch(store, ids, attribution, bindings, organisation, distribution, entryListeners).apply(facts);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
