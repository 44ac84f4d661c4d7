package com.guidecommerce.admin.board.web;

/**
 * The dashboard's address as sent (Spring binds request parameters to it): whose figures ({@code scope}: NATION,
 * REGION, FRANCHISEE, STORE or GUIDE, with its {@code id}) and which days ({@code range}, and {@code from} and
 * {@code to} for a custom range).
 */
public class DashboardParams {

    private String scope;
    private Long id;
    private String range;
    private String from;
    private String to;

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
