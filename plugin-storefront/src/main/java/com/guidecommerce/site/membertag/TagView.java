package com.guidecommerce.site.membertag;

/** An automatic tag on a workbench page: its label, its rule as text, since when (store's calendar). */
public final class TagView {

    private final String code;
    private final String label;
    private final String rule;
    private final String since;

    public TagView(String code, String label, String rule, String since) {
        this.code = code;
        this.label = label;
        this.rule = rule;
        this.since = since;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getRule() {
        return rule;
    }

    public String getSince() {
        return since;
    }
}
