package com.guidecommerce.admin.departure.web;

import com.guidecommerce.core.departure.service.DepartureLine;
import com.guidecommerce.core.departure.service.DistributorLine;
import com.guidecommerce.core.organisation.domain.Guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A departure's lines as the page shows them: how many members and distributors each heir gets, and the
 * member-by-member table, cut off after {@value #SHOWN_LINES} rows so a guide with thousands of members does not
 * produce a page nobody can load.
 */
public class DepartureSummary {

    static final int SHOWN_LINES = 500;

    private final int memberCount;
    private final List<DepartureLine> shownLines;
    private final List<HeirShare> heirShares;
    private final int distributorCount;
    private final List<HeirShare> distributorShares;

    public DepartureSummary(List<DepartureLine> lines, List<DistributorLine> distributorLines) {
        this.memberCount = lines.size();
        this.shownLines = Collections.unmodifiableList(
                new ArrayList<DepartureLine>(lines.subList(0, Math.min(SHOWN_LINES, lines.size()))));
        List<Guide> memberHeirs = new ArrayList<Guide>(lines.size());
        for (DepartureLine line : lines) {
            memberHeirs.add(line.getHeir());
        }
        this.heirShares = sharesOf(memberHeirs);
        this.distributorCount = distributorLines.size();
        List<Guide> distributorHeirs = new ArrayList<Guide>(distributorLines.size());
        for (DistributorLine line : distributorLines) {
            distributorHeirs.add(line.getHeir());
        }
        this.distributorShares = sharesOf(distributorHeirs);
    }

    public int getMemberCount() {
        return memberCount;
    }

    public List<DepartureLine> getShownLines() {
        return shownLines;
    }

    /** Members beyond the shown table. */
    public int getHiddenLineCount() {
        return memberCount - shownLines.size();
    }

    /** Each heir and how many members they get, by guide code. */
    public List<HeirShare> getHeirShares() {
        return heirShares;
    }

    public int getDistributorCount() {
        return distributorCount;
    }

    /** Each heir and how many distributors they get, by guide code. */
    public List<HeirShare> getDistributorShares() {
        return distributorShares;
    }

    private static List<HeirShare> sharesOf(List<Guide> heirs) {
        Map<String, HeirShare> shares = new TreeMap<String, HeirShare>();
        for (Guide heir : heirs) {
            HeirShare share = shares.get(heir.getGuideCode());
            if (share == null) {
                share = new HeirShare(heir);
                shares.put(heir.getGuideCode(), share);
            }
            share.count++;
        }
        return Collections.unmodifiableList(new ArrayList<HeirShare>(shares.values()));
    }

    /** One heir's part of a departure: how many members, or how many distributors, they get. */
    public static final class HeirShare {

        private final Guide heir;
        private int count;

        HeirShare(Guide heir) {
            this.heir = heir;
        }

        public Guide getHeir() {
            return heir;
        }

        public int getCount() {
            return count;
        }
    }
}
