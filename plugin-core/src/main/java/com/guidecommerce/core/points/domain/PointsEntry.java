package com.guidecommerce.core.points.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * One line of the append-only points ledger (GC_POINTS_ENTRY). Written only by the points service and the points
 * listener with plain SQL; mapped for the admin's read-only list.
 */
public interface PointsEntry extends Serializable {

    Long getId();

    Long getCustomerId();

    String getCustomerName();

    String getKind();

    long getPoints();

    String getStatus();

    String getChannelCode();

    Long getChannelOrderId();

    Long getOrderLineId();

    Long getBroadleafOrderId();

    BigDecimal getBaseAmount();

    BigDecimal getMultiplier();

    String getReason();

    String getActor();

    Date getCreatedAt();

    Date getAvailableAt();

    Date getExpiresAt();

    Long getRelatesToEntryId();
}
