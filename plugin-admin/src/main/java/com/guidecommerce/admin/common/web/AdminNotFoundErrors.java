package com.guidecommerce.admin.common.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, from what an admin request threw, whether its address named something that does not exist. Broadleaf's
 * entity screens say so only through exceptions: a record that is not there fails an assertion ("Entity not found"),
 * an id in the address that is not a number fails to parse, and an unknown section key is read as a class name that
 * does not load. Each counts only when it concerns the address itself, so a bug deeper down still reads as a failure.
 */
public class AdminNotFoundErrors {

    static final String ENTITY_NOT_FOUND = "Entity not found";
    private static final Pattern UNPARSED_NUMBER = Pattern.compile("For input string: \"(.*)\"");
    /** Causes followed at most; a cause chain that loops must not loop here. */
    private static final int MAX_DEPTH = 16;

    /**
     * @param failure what the request threw
     * @param path    the request's path within the admin, e.g. {@code /gc-guide/abc}
     */
    public boolean isNotFound(Throwable failure, String path) {
        List<String> segments = Arrays.asList(path.replaceFirst("^/+", "").split("/"));
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (namesNothing(cause, segments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesNothing(Throwable cause, List<String> segments) {
        if (cause instanceof IllegalArgumentException && ENTITY_NOT_FOUND.equals(cause.getMessage())) {
            return true;
        }
        if (cause instanceof NumberFormatException && cause.getMessage() != null) {
            Matcher unparsed = UNPARSED_NUMBER.matcher(cause.getMessage());
            return unparsed.matches() && segments.contains(unparsed.group(1));
        }
        return cause instanceof ClassNotFoundException && segments.get(0).equals(cause.getMessage());
    }
}
