package com.guidecommerce.core.board.domain;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;

/** The key of a GC_RANK_SNAPSHOT row: period, metric, subject kind and subject. */
@Embeddable
public class RankSnapshotKey implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code D2026-12-06}, {@code W2026-12-07} (the Monday a week starts on), {@code M2026-12}. */
    @Column(name = "PERIOD_KEY", length = 16, nullable = false)
    protected String periodKey;

    @Column(name = "METRIC", length = 16, nullable = false)
    protected String metric;

    @Column(name = "SUBJECT_KIND", length = 8, nullable = false)
    protected String subjectKind;

    @Column(name = "SUBJECT_ID", nullable = false)
    protected Long subjectId;

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RankSnapshotKey)) {
            return false;
        }
        RankSnapshotKey that = (RankSnapshotKey) other;
        return Arrays.equals(parts(), that.parts());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts());
    }

    private Object[] parts() {
        return new Object[] {periodKey, metric, subjectKind, subjectId};
    }
}
