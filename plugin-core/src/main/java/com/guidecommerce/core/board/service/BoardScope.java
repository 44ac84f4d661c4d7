package com.guidecommerce.core.board.service;

import java.io.Serializable;

/**
 * Whose figures a board reads: the nation, a region, a franchisee, a store or a guide. Leaderboards take the
 * nation, a region or a store.
 */
public final class BoardScope implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        NATION, REGION, FRANCHISEE, STORE, GUIDE
    }

    private final Kind kind;
    private final Long id;

    private BoardScope(Kind kind, Long id) {
        if (kind != Kind.NATION && id == null) {
            throw new IllegalArgumentException("A " + kind + " scope names its id");
        }
        this.kind = kind;
        this.id = id;
    }

    public static BoardScope nation() {
        return new BoardScope(Kind.NATION, null);
    }

    public static BoardScope region(Long regionId) {
        return new BoardScope(Kind.REGION, regionId);
    }

    public static BoardScope franchisee(Long franchiseeId) {
        return new BoardScope(Kind.FRANCHISEE, franchiseeId);
    }

    public static BoardScope store(Long storeId) {
        return new BoardScope(Kind.STORE, storeId);
    }

    public static BoardScope guide(Long guideId) {
        return new BoardScope(Kind.GUIDE, guideId);
    }

    public Kind getKind() {
        return kind;
    }

    /** The region's, franchisee's, store's or guide's id; null for the nation. */
    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoardScope && ((BoardScope) other).kind == kind
                && (id == null ? ((BoardScope) other).id == null : id.equals(((BoardScope) other).id));
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + (id == null ? 0 : id.hashCode());
    }

    @Override
    public String toString() {
        return kind + (id == null ? "" : " " + id);
    }
}
