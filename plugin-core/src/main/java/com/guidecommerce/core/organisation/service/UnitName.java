package com.guidecommerce.core.organisation.service;

import java.io.Serializable;

/** The code and name of a region, franchisee, store or guide, as boards and lists show them. */
public final class UnitName implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String name;

    public UnitName(Long id, String code, String name) {
        this.id = id;
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
