package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.domain.IdentityType;
import com.guidecommerce.core.channel.domain.MatchStatus;
import com.guidecommerce.core.share.ShareCodes;

import java.util.Date;

/**
 * Decides who an order belongs to and who is credited for it: the member (by customer, member number, phone hash or
 * platform buyer id), the member's bound guide as of the moment the order was paid (from the binding history, so a
 * later transfer does not rewrite history), that guide's store's franchisee, and the sharer whose valid share code led
 * to the purchase within the attribution window.
 */
final class Attributor {

    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final Lookups lookups;
    private final ShareCodes shareCodes;
    private final int windowDays;

    Attributor(Lookups lookups, ShareCodes shareCodes, int windowDays) {
        this.lookups = lookups;
        this.shareCodes = shareCodes;
        this.windowDays = windowDays;
    }

    /** Finds the member of a new order; leaves it UNMATCHED when none of its identities is known. */
    void identify(OrderState order, Long knownCustomerId) {
        Long customer = knownCustomerId;
        String by = IdentityType.CUSTOMER.name();
        if (customer == null) {
            customer = lookups.customerByMemberNo(order.memberNo);
            by = IdentityType.MEMBER_NO.name();
        }
        if (customer == null) {
            customer = lookups.customerByBuyerId(order.buyerId);
            by = IdentityType.BUYER_ID.name();
        }
        if (customer == null) {
            customer = lookups.customerByPhoneHash(order.phoneHash);
            by = IdentityType.PHONE.name();
        }
        if (customer == null) {
            order.matchStatus = MatchStatus.UNMATCHED.name();
            order.attributionNote = "buyer not identified yet";
            return;
        }
        match(order, customer, by);
    }

    void match(OrderState order, Long customerId, String by) {
        order.customerId = customerId;
        order.matchStatus = MatchStatus.MATCHED.name();
        order.matchedBy = by;
        order.dirty = true;
    }

    /** Sets the order's beneficiaries; the notes say why one is missing. */
    void attribute(OrderState order, Date now) {
        StringBuilder notes = new StringBuilder();
        Lookups.BindingAt binding = lookups.bindingAt(order.customerId, order.paidAt);
        if (binding == null) {
            notes.append("member had no guide when the order was paid");
        } else {
            order.boundGuideId = binding.guideId;
            order.bindingRecordId = binding.recordId;
            GuideInfo guide = lookups.guide(binding.guideId);
            order.franchiseeId = guide == null ? null : guide.franchiseeId;
        }
        attributeSharer(order, notes);
        order.attributedAt = now;
        order.attributionNote = notes.length() == 0 ? null : notes.toString();
        order.dirty = true;
    }

    private void attributeSharer(OrderState order, StringBuilder notes) {
        if (order.shareCode == null) {
            return;
        }
        String sharerCode = shareCodes.verify(order.shareCode);
        GuideInfo sharer = sharerCode == null ? null : lookups.guideByCode(sharerCode);
        if (sharer == null) {
            append(notes, "share code " + order.shareCode + " is not valid");
        } else if (!sharer.isActive()) {
            append(notes, "sharer " + sharer.code + " is not an active guide");
        } else if (order.sharedAt != null && (order.paidAt.getTime() - order.sharedAt.getTime() > windowDays * DAY_MILLIS
                || order.sharedAt.after(order.paidAt))) {
            append(notes, "share of " + sharer.code + " is outside the " + windowDays + "-day attribution window");
        } else {
            order.sharerGuideId = sharer.id;
            // A guide's share has no second level; a distributor's parent guide is credited once distributors exist.
            order.parentGuideId = null;
        }
    }

    private static void append(StringBuilder notes, String note) {
        if (notes.length() > 0) {
            notes.append("; ");
        }
        notes.append(note);
    }
}
