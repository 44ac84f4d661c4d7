package com.guidecommerce.site.guide;

/**
 * One page of a guide's member list: which page the request gets (a missing, malformed or out-of-range page number
 * falls back to the nearest real page) and where that page starts.
 */
public final class MemberPage {

    public static final int SIZE = 20;

    private final int number;
    private final int totalPages;
    private final long totalMembers;

    private MemberPage(int number, int totalPages, long totalMembers) {
        this.number = number;
        this.totalPages = totalPages;
        this.totalMembers = totalMembers;
    }

    /**
     * @param requested    the 1-based page number as the request gave it (may be {@code null} or not a number)
     * @param totalMembers how many members the guide has
     */
    public static MemberPage of(String requested, long totalMembers) {
        int totalPages = (int) Math.max(1, (totalMembers + SIZE - 1) / SIZE);
        int number = parse(requested);
        return new MemberPage(Math.max(1, Math.min(totalPages, number)), totalPages, totalMembers);
    }

    private static int parse(String requested) {
        if (requested == null) {
            return 1;
        }
        try {
            return Integer.parseInt(requested.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getNumber() {
        return number;
    }

    public int getTotalPages() {
        return totalPages;
    }

    public long getTotalMembers() {
        return totalMembers;
    }

    public int getOffset() {
        return (number - 1) * SIZE;
    }

    public boolean isHasPrevious() {
        return number > 1;
    }

    public boolean isHasNext() {
        return number < totalPages;
    }
}
