package com.guidecommerce.core.membertag.rule;

import java.util.Arrays;
import java.util.List;

/**
 * A tag's rule with its parameters, for the screens: they show the message {@code <prefix>rule.<CODE>} with
 * {@link #getArgs()} (site {@code gc.tag.rule.*}, admin {@code gcMemberTag.rule.*}).
 */
public final class TagRule {

    private final TagCode code;
    private final Object[] args;

    public TagRule(TagCode code, Object... args) {
        this.code = code;
        this.args = args.clone();
    }

    public TagCode getCode() {
        return code;
    }

    public String getMessageKey() {
        return "rule." + code.name();
    }

    public Object[] getArgs() {
        return args.clone();
    }

    public List<Object> getArgList() {
        return Arrays.asList(args);
    }
}
