package com.guidecommerce.core.board.domain;

/** What a board ranks: guides or stores. */
public enum SubjectKind {
    GUIDE, STORE
}
