package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.channel.order.OrderFacts;
import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.membertier.dao.MemberSpendStore;
import com.guidecommerce.core.membertier.dao.MemberTierState;
import com.guidecommerce.core.membertier.dao.SpendDelta;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.membertier.rule.MemberSpendRules;
import com.guidecommerce.core.membertier.rule.MemberTierException;
import com.guidecommerce.core.membertier.rule.MemberTierLadder;
import com.guidecommerce.core.membertier.rule.MemberTierLevel;
import com.guidecommerce.core.membertier.rule.MemberTierRules;
import com.guidecommerce.core.membertier.rule.SpendWindow;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Members' spend from the order stream, after the ledger and the boards: adds each batch's paid − refunded up by
 * member and HQ-zone day in memory, writes each key once, then lifts every member the batch touched whose rolling
 * spend now earns a higher tier (never lower: only an evaluation moves a member down). Members are locked in
 * ascending id order before their spend is written, so two batches of one member at once add up and upgrade once.
 * Bean {@code gcMemberSpendListener}; writes only the member tier tables (and, through Broadleaf, the customer
 * attribute {@code gcMemberTier}).
 */
public class MemberSpendListener implements OrderListener, Ordered {

    public static final int ORDER = 3000;
    static final String ACTOR = "order-stream";

    private static final Log LOG = LogFactory.getLog(MemberSpendListener.class);

    private final MemberSpendStore store;
    private final MemberTierService tiers;
    private final MemberTierChanges changes;
    private final ZoneId zone;
    private final SpendWindow window;
    private volatile boolean warnedWithoutTiers;

    /**
     * @param zone       HQ's zone ({@code gc.default.timezone}): the days spend is counted on
     * @param windowDays {@code gc.memberTier.windowDays}
     */
    public MemberSpendListener(MemberSpendStore store, MemberTierService tiers, MemberTierChanges changes, String zone,
                               int windowDays) {
        this.store = store;
        this.tiers = tiers;
        this.changes = changes;
        this.zone = ZoneId.of(zone);
        this.window = new SpendWindow(windowDays);
    }

    @Override
    public void onOrders(OrderFacts facts) {
        Map<Long, Map<LocalDate, BigDecimal>> deltas = MemberSpendRules.deltas(facts.getEvents(), zone);
        if (deltas.isEmpty()) {
            return;
        }
        List<Long> members = new ArrayList<Long>(deltas.keySet());
        List<SpendDelta> rows = new ArrayList<SpendDelta>();
        for (Map.Entry<Long, Map<LocalDate, BigDecimal>> member : deltas.entrySet()) {
            for (Map.Entry<LocalDate, BigDecimal> day : member.getValue().entrySet()) {
                rows.add(new SpendDelta(member.getKey(), day.getKey(), day.getValue()));
            }
        }
        store.lockMembers(members);
        store.addSpend(rows, facts.getNow());
        lift(members, facts);
    }

    private void lift(List<Long> members, OrderFacts facts) {
        MemberTierLadder ladder;
        try {
            ladder = tiers.ladder();
        } catch (MemberTierException e) {
            // A mall that has not defined its member tiers still records spend; tiers follow once they exist.
            if (!warnedWithoutTiers) {
                warnedWithoutTiers = true;
                LOG.warn("Member spend is recorded, but members get no tier until member tiers are defined: "
                        + e.getMessage());
            }
            return;
        }
        Map<Long, MemberTierState> states = store.readStates(members, true);
        LocalDate today = facts.getNow().toInstant().atZone(zone).toLocalDate();
        Map<Long, BigDecimal> spend = store.spendOf(members, window.lastDayOutside(today), null, true);
        for (Long member : members) {
            MemberTierState state = states.get(member);
            String held = state == null ? null : state.getTierCode();
            BigDecimal rolling = spend.containsKey(member) ? spend.get(member) : BigDecimal.ZERO;
            MemberTierLevel to = MemberTierRules.upgrade(ladder, held, rolling);
            if (to != null) {
                changes.apply(member, held, held == null ? ladder.lowest().getCode() : held, to.getCode(),
                        MemberTierChangeCause.UPGRADE, rolling, null, ACTOR,
                        "Rolling spend " + rolling.toPlainString() + " reached " + to.getCode(), facts.getNow());
            }
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
