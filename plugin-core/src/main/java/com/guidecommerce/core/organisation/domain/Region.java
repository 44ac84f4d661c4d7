package com.guidecommerce.core.organisation.domain;

import java.io.Serializable;

/** A sales region (区域) that groups stores for reporting and regional contests. */
public interface Region extends Serializable {

    Long getId();

    void setId(Long id);

    String getCode();

    void setCode(String code);

    String getName();

    void setName(String name);
}
