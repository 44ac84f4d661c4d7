package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.binding.service.BindingHistories;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.distribution.service.DistributorProfile;
import com.guidecommerce.core.organisation.service.GuideProfile;
import com.guidecommerce.core.share.ShareCodes;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * Decides whom an identified order credits: the member's bound guide as of the moment it was paid (from the binding
 * history, so a later transfer does not rewrite it), that guide's store's franchisee, and the sharer whose valid share
 * code led to the purchase within the attribution window — a guide, or a distributor with their recruiting guide as
 * the second level. Nobody earns on their own purchase through their own link. The notes say why someone is missing.
 */
final class Attribution {

    /** The member had no guide when the order was paid. */
    static final Note NO_GUIDE = Note.of("attribution.noGuide");
    static final Note CREDITED_BY_PACKAGE_CARD = Note.of("attribution.packageCard");

    private final ShareCodes shareCodes;
    private final int windowDays;

    Attribution(ShareCodes shareCodes, int windowDays) {
        this.shareCodes = shareCodes;
        this.windowDays = windowDays;
    }

    /** The sharer's code (a guide's or a distributor's) a share code names, or {@code null} when it is not valid. */
    String sharerCode(String shareCode) {
        return shareCode == null ? null : shareCodes.verify(shareCode);
    }

    /**
     * @param histories the binding histories of (at least) the order's member
     * @param parties   the guides (bound guide, sharer, parent) and distributors (sharer) the batch may credit
     */
    AttributionRow attribute(OrderView order, BindingHistories histories, Parties parties, Date now) {
        return attribute(order, histories, parties, now, null);
    }

    /**
     * @param creditFrom when the member had no guide at payment, the moment whose guide earns the order instead
     *                   (an identification through a package card), or {@code null}
     */
    AttributionRow attribute(OrderView order, BindingHistories histories, Parties parties, Date now, Date creditFrom) {
        AttributionRow row = new AttributionRow();
        row.orderId = order.getId();
        row.channelCode = order.getChannelCode();
        row.customerId = order.getCustomerId();
        row.attributedAt = now;
        row.isNew = true;
        StringBuilder notes = new StringBuilder();
        BindingHistories.BoundGuide bound = boundGuide(order, histories, creditFrom);
        if (bound == null) {
            notes.append(NO_GUIDE.format());
        } else {
            if (creditFrom != null && histories.at(order.getCustomerId(), order.getPaidAt()) == null) {
                notes.append(CREDITED_BY_PACKAGE_CARD.format());
            }
            row.boundGuideId = bound.getGuideId();
            row.bindingRecordId = bound.getBindingRecordId();
            GuideProfile guide = parties.guide(bound.getGuideId());
            row.franchiseeId = guide == null ? null : guide.getFranchiseeId();
        }
        attributeSharer(order, parties, row, notes);
        row.note = notes.length() == 0 ? null : notes.toString();
        return row;
    }

    /** The guide at payment, else (for a package card's identification) the guide at {@code creditFrom}. */
    static BindingHistories.BoundGuide boundGuide(OrderView order, BindingHistories histories, Date creditFrom) {
        BindingHistories.BoundGuide bound = histories.at(order.getCustomerId(), order.getPaidAt());
        return bound == null && creditFrom != null ? histories.at(order.getCustomerId(), creditFrom) : bound;
    }

    private void attributeSharer(OrderView order, Parties parties, AttributionRow row, StringBuilder notes) {
        if (order.getShareCode() == null) {
            return;
        }
        String code = sharerCode(order.getShareCode());
        GuideProfile guide = parties.guideByCode(code);
        DistributorProfile distributor = guide == null ? parties.distributorByCode(code) : null;
        if (guide == null && distributor == null) {
            append(notes, Note.of("attribution.invalidShareCode", order.getShareCode()));
            return;
        }
        boolean active = guide != null ? guide.isActive() : distributor.isActive();
        Long sharerCustomerId = guide != null ? guide.getCustomerId() : distributor.getCustomerId();
        Date sharedAt = order.getSharedAt();
        if (!active) {
            append(notes, Note.of("attribution.sharerInactive", code));
        } else if (sharerCustomerId != null && sharerCustomerId.equals(order.getCustomerId())) {
            append(notes, Note.of("attribution.selfShare", code));
        } else if (sharedAt != null && (sharedAt.after(order.getPaidAt())
                || order.getPaidAt().getTime() - sharedAt.getTime() > TimeUnit.DAYS.toMillis(windowDays))) {
            append(notes, Note.of("attribution.shareOutsideWindow", code, windowDays));
        } else if (guide != null) {
            // A guide's share has no second level.
            row.sharerGuideId = guide.getId();
        } else {
            row.sharerDistributorId = distributor.getId();
            creditParent(distributor, parties, row, notes);
        }
    }

    /** The distributor's recruiting guide is the second level, while they are an active guide. */
    private static void creditParent(DistributorProfile distributor, Parties parties, AttributionRow row,
                                     StringBuilder notes) {
        GuideProfile parent = parties.guide(distributor.getGuideId());
        if (parent != null && parent.isActive()) {
            row.parentGuideId = parent.getId();
        } else {
            append(notes, Note.of("attribution.parentInactive", distributor.getCode(),
                    parent == null ? String.valueOf(distributor.getGuideId()) : parent.getCode()));
        }
    }

    private static void append(StringBuilder notes, Note note) {
        if (notes.length() > 0) {
            notes.append(';');
        }
        notes.append(note.format());
    }
}
