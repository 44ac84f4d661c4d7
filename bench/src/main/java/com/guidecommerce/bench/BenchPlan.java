package com.guidecommerce.bench;

import com.guidecommerce.core.commission.rule.CommissionMath;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's one active commission plan — cap 20 %, sharer 10 %, sharer's parent 3 %, bound guide 5 %, franchisee
 * 2 % — and what it pays on a line, for the ledger check. Guides who share have no parent guide (that is a distributor
 * relation), so the sharer's parent never earns here.
 */
final class BenchPlan {

    static final BigDecimal CAP_PERCENT = new BigDecimal("20");
    static final String[] ROLES = {"SHARER", "SHARER_PARENT", "BOUND_GUIDE", "FRANCHISEE"};
    static final BigDecimal[] RATE_PERCENTS = {new BigDecimal("10"), new BigDecimal("3"), new BigDecimal("5"),
            new BigDecimal("2")};

    private BenchPlan() {
    }

    /** The commission amounts of one line, in priority order, for the beneficiaries present. */
    static List<BigDecimal> shares(BigDecimal base, boolean sharer, boolean boundGuide, boolean franchisee) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        boolean[] present = {sharer, false, boundGuide, franchisee};
        for (int i = 0; i < ROLES.length; i++) {
            if (present[i]) {
                names.add(ROLES[i]);
                rates.add(RATE_PERCENTS[i].movePointLeft(2));
            }
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (CommissionMath.Share share : CommissionMath.allocate(base, names, rates, CAP_PERCENT.movePointLeft(2))) {
            amounts.add(share.getAmount());
        }
        return amounts;
    }
}
