package com.guidecommerce.core.job;

import java.io.Serializable;
import java.util.Date;

/** The node that holds a job's lock, and since when (by the database's clock). */
public final class JobHolder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String nodeName;
    private final Date since;

    public JobHolder(String nodeName, Date since) {
        this.nodeName = nodeName;
        this.since = since;
    }

    public String getNodeName() {
        return nodeName;
    }

    public Date getSince() {
        return since;
    }
}
