package com.guidecommerce.core.membertag.rule;

/** What a guide may write as an own tag or a note: trimmed, not empty, not too long; tags without commas. */
public final class GuideTagRules {

    public static final int MAX_TAG = 32;
    public static final int MAX_NOTE = 1000;

    private GuideTagRules() {
    }

    /** The tag as stored; refused when empty, longer than {@link #MAX_TAG} or holding a comma. */
    public static String tag(String typed) {
        String tag = typed == null ? "" : typed.trim();
        if (tag.isEmpty() || tag.length() > MAX_TAG || tag.indexOf(',') >= 0) {
            throw new MemberTagException(MemberTagError.TAG_INVALID, "A tag must be 1 to " + MAX_TAG
                    + " characters without commas: '" + typed + "'");
        }
        return tag;
    }

    /** The note as stored; refused when empty or longer than {@link #MAX_NOTE}. */
    public static String note(String typed) {
        String note = typed == null ? "" : typed.trim();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new MemberTagException(MemberTagError.NOTE_INVALID, "A note must be 1 to " + MAX_NOTE
                    + " characters");
        }
        return note;
    }
}
