package com.guidecommerce.core.board.service;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/** A guide's rank in one scope (their store, region or the nation): rank of how many, and the scope's top three. */
public final class ScopeRank implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BoardScope scope;
    private final int rank;
    private final int of;
    private final List<BoardEntry> top;

    public ScopeRank(BoardScope scope, int rank, int of, List<BoardEntry> top) {
        this.scope = scope;
        this.rank = rank;
        this.of = of;
        this.top = Collections.unmodifiableList(top);
    }

    public BoardScope getScope() {
        return scope;
    }

    public int getRank() {
        return rank;
    }

    /** How many guides the scope ranked. */
    public int getOf() {
        return of;
    }

    /** The scope's first three ranks (more than three entries when ties share the third). */
    public List<BoardEntry> getTop() {
        return top;
    }
}
