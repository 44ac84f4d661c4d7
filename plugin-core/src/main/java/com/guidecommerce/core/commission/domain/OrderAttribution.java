package com.guidecommerce.core.commission.domain;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.organisation.domain.Franchisee;
import com.guidecommerce.core.organisation.domain.Guide;

import java.io.Serializable;
import java.util.Date;

/**
 * Whom an identified channel order credits, decided once when it was first attributed: the member's bound guide as of
 * the paid time (with the binding history record that made it so), that guide's store's franchisee, and the sharer.
 * The note says why someone is missing. Written by the commission ledger's order listener; read-only in the admin.
 */
public interface OrderAttribution extends Serializable {

    /** The channel order's id (GC_CHANNEL_ORDER). */
    Long getOrderId();

    String getChannelCode();

    Long getCustomerId();

    Guide getBoundGuide();

    Long getBindingRecordId();

    Guide getSharerGuide();

    /** The distributor whose share led to the purchase, when a distributor shared it. */
    Distributor getSharerDistributor();

    Guide getParentGuide();

    Franchisee getFranchisee();

    String getNote();

    Date getAttributedAt();
}
