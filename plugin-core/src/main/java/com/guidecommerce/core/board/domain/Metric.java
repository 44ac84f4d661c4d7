package com.guidecommerce.core.board.domain;

/**
 * What boards rank and chart. Net sales are sales less refunds, commission is what was credited less what was
 * reversed; orders and new members are counts.
 */
public enum Metric {
    NET_SALES, ORDERS, NEW_MEMBERS, COMMISSION
}
