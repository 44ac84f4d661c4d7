package com.guidecommerce.core.membertag.rule;

/** Why a guide's tag or note was refused; the screens show {@code gc.tag.error.<CODE>}. */
public enum MemberTagError {
    /** The member is not validly bound to the guide (never was, or moved on). */
    NOT_YOUR_MEMBER,
    /** A tag must be 1 to 32 characters after trimming, without commas. */
    TAG_INVALID,
    /** A note must be 1 to 1000 characters after trimming. */
    NOTE_INVALID,
    /** The note does not exist or is another guide's. */
    NOTE_NOT_FOUND
}
