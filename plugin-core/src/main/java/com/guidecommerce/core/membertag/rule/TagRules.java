package com.guidecommerce.core.membertag.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The automatic tag rules, one method each, over a member's facts at a moment. A "purchase" is a paid order not
 * wholly refunded; refund rules look at every paid order. The rule a screen shows for a tag is {@link #ruleOf}.
 */
public final class TagRules {

    private final TagTerms terms;

    public TagRules(TagTerms terms) {
        this.terms = terms;
    }

    public TagTerms getTerms() {
        return terms;
    }

    /** Every tag the member holds at {@code now}, in the order of {@link TagCode}. */
    public List<MemberTag> tagsOf(TagSubject member, Date now) {
        List<MemberTag> tags = new ArrayList<MemberTag>();
        addIf(tags, TagCode.NEW_MEMBER, isNewMember(member, now));
        addIf(tags, TagCode.FIRST_PURCHASE, isFirstPurchase(member, now));
        addIf(tags, TagCode.REPEAT_BUYER, isRepeatBuyer(member, now));
        addIf(tags, TagCode.DORMANT, isDormant(member, now));
        addIf(tags, TagCode.MEMBER_DAY_BUYER, isMemberDayBuyer(member, now));
        addIf(tags, TagCode.HIGH_REFUND, isHighRefund(member));
        String platform = onlyPlatform(member);
        if (platform != null) {
            tags.add(new MemberTag(TagCode.PLATFORM_ONLY, platform));
        }
        SpendBand band = spendBand(member, now);
        if (band != null) {
            tags.add(new MemberTag(TagCode.SPEND_BAND, band.name()));
        }
        return tags;
    }

    /** Registered, or first bound to a guide, within the last {@code newMemberDays} days. */
    public boolean isNewMember(TagSubject member, Date now) {
        int days = terms.getNewMemberDays();
        return within(member.getRegisteredAt(), days, now) || within(member.getFirstBoundAt(), days, now);
    }

    /** Exactly one purchase so far, made within the last {@code firstPurchaseDays} days. */
    public boolean isFirstPurchase(TagSubject member, Date now) {
        List<TagOrder> kept = purchases(member);
        return kept.size() == 1 && within(kept.get(0).getPaidAt(), terms.getFirstPurchaseDays(), now);
    }

    /** At least {@code repeatMinOrders} purchases within the last {@code repeatWindowDays} days. */
    public boolean isRepeatBuyer(TagSubject member, Date now) {
        int count = 0;
        for (TagOrder order : purchases(member)) {
            if (within(order.getPaidAt(), terms.getRepeatWindowDays(), now)) {
                count++;
            }
        }
        return count >= terms.getRepeatMinOrders();
    }

    /** Bought before, but no purchase within the last {@code dormantDays} days. */
    public boolean isDormant(TagSubject member, Date now) {
        List<TagOrder> kept = purchases(member);
        if (kept.isEmpty()) {
            return false;
        }
        for (TagOrder order : kept) {
            if (within(order.getPaidAt(), terms.getDormantDays(), now)) {
                return false;
            }
        }
        return true;
    }

    /** A purchase paid on a member day within the last {@code memberDayWindowDays} days. */
    public boolean isMemberDayBuyer(TagSubject member, Date now) {
        for (TagOrder order : purchases(member)) {
            if (order.isMemberDay() && within(order.getPaidAt(), terms.getMemberDayWindowDays(), now)) {
                return true;
            }
        }
        return false;
    }

    /** At least {@code highRefundMinOrders} paid orders, and refunded ≥ {@code highRefundPercent} % of paid. */
    public boolean isHighRefund(TagSubject member) {
        List<TagOrder> orders = member.getOrders();
        if (orders.size() < terms.getHighRefundMinOrders()) {
            return false;
        }
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        for (TagOrder order : orders) {
            paid = paid.add(order.getPaid());
            refunded = refunded.add(order.getRefunded());
        }
        if (paid.signum() <= 0) {
            return false;
        }
        // refunded / paid >= percent / 100, compared without dividing.
        return refunded.multiply(new BigDecimal(100)).compareTo(paid.multiply(terms.getHighRefundPercent())) >= 0;
    }

    /** The one channel of all the member's paid orders when it is not the own mall, else {@code null}. */
    public String onlyPlatform(TagSubject member) {
        Set<String> channels = new HashSet<String>();
        for (TagOrder order : member.getOrders()) {
            channels.add(order.getChannelCode());
        }
        if (channels.size() != 1) {
            return null;
        }
        String channel = channels.iterator().next();
        return channel.equals(terms.getOwnMallChannel()) ? null : channel;
    }

    /** The band of paid less refunded within the last {@code spendWindowDays} days; {@code null} when nothing was kept. */
    public SpendBand spendBand(TagSubject member, Date now) {
        BigDecimal spend = BigDecimal.ZERO;
        for (TagOrder order : member.getOrders()) {
            if (within(order.getPaidAt(), terms.getSpendWindowDays(), now)) {
                spend = spend.add(order.getKept());
            }
        }
        if (spend.signum() <= 0) {
            return null;
        }
        if (spend.compareTo(terms.getSpendHigh()) >= 0) {
            return SpendBand.HIGH;
        }
        return spend.compareTo(terms.getSpendMid()) >= 0 ? SpendBand.MID : SpendBand.LOW;
    }

    /** The rule of a tag as a screen shows it: a message key's suffix and its arguments. */
    public TagRule ruleOf(TagCode code) {
        switch (code) {
            case NEW_MEMBER:
                return new TagRule(code, terms.getNewMemberDays());
            case FIRST_PURCHASE:
                return new TagRule(code, terms.getFirstPurchaseDays());
            case REPEAT_BUYER:
                return new TagRule(code, terms.getRepeatMinOrders(), terms.getRepeatWindowDays());
            case DORMANT:
                return new TagRule(code, terms.getDormantDays());
            case MEMBER_DAY_BUYER:
                return new TagRule(code, terms.getMemberDayWindowDays());
            case HIGH_REFUND:
                return new TagRule(code, plain(terms.getHighRefundPercent()), terms.getHighRefundMinOrders());
            case PLATFORM_ONLY:
                return new TagRule(code, terms.getOwnMallChannel());
            case SPEND_BAND:
                return new TagRule(code, terms.getSpendWindowDays(), plain(terms.getSpendMid()),
                        plain(terms.getSpendHigh()));
            default:
                throw new IllegalArgumentException("No rule for " + code);
        }
    }

    /** Every tag's rule, in the order of {@link TagCode}. */
    public List<TagRule> rules() {
        List<TagRule> rules = new ArrayList<TagRule>();
        for (TagCode code : TagCode.values()) {
            rules.add(ruleOf(code));
        }
        return rules;
    }

    private List<TagOrder> purchases(TagSubject member) {
        List<TagOrder> kept = new ArrayList<TagOrder>();
        for (TagOrder order : member.getOrders()) {
            if (order.isKept()) {
                kept.add(order);
            }
        }
        return kept;
    }

    /** Whether the moment lies within the last {@code days} days up to {@code now} (a moment ahead of now counts). */
    static boolean within(Date moment, int days, Date now) {
        return moment != null && moment.getTime() >= now.getTime() - TimeUnit.DAYS.toMillis(days);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(Math.max(0, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private static void addIf(List<MemberTag> tags, TagCode code, boolean holds) {
        if (holds) {
            tags.add(MemberTag.of(code));
        }
    }
}
