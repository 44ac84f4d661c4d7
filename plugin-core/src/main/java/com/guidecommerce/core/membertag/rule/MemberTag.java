package com.guidecommerce.core.membertag.rule;

/** One automatic tag a member holds: its code and, for the tags that carry one, a value (else {@code null}). */
public final class MemberTag {

    private final TagCode code;
    private final String value;

    public MemberTag(TagCode code, String value) {
        if (code == null) {
            throw new IllegalArgumentException("A tag needs a code");
        }
        this.code = code;
        this.value = value;
    }

    public static MemberTag of(TagCode code) {
        return new MemberTag(code, null);
    }

    public TagCode getCode() {
        return code;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MemberTag)) {
            return false;
        }
        MemberTag tag = (MemberTag) other;
        return code == tag.code && (value == null ? tag.value == null : value.equals(tag.value));
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + (value == null ? 0 : value.hashCode());
    }

    @Override
    public String toString() {
        return value == null ? code.name() : code.name() + "=" + value;
    }
}
