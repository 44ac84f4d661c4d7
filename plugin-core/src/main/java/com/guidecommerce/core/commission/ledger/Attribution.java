package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.binding.service.BindingHistories;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.organisation.service.GuideProfile;
import com.guidecommerce.core.share.ShareCodes;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Decides whom an identified order credits: the member's bound guide as of the moment it was paid (from the binding
 * history, so a later transfer does not rewrite it), that guide's store's franchisee, and the guide whose valid share
 * code led to the purchase within the attribution window. The notes say why someone is missing.
 */
final class Attribution {

    /** The member had no guide when the order was paid. */
    static final Note NO_GUIDE = Note.of("attribution.noGuide");

    private final ShareCodes shareCodes;
    private final int windowDays;

    Attribution(ShareCodes shareCodes, int windowDays) {
        this.shareCodes = shareCodes;
        this.windowDays = windowDays;
    }

    /** The sharer's guide code a share code names, or {@code null} when it is not a valid signed code. */
    String sharerCode(String shareCode) {
        return shareCode == null ? null : shareCodes.verify(shareCode);
    }

    /**
     * @param histories the binding histories of (at least) the order's member
     * @param guides    guide profiles by id (the bound guide) and by code (the sharer)
     */
    AttributionRow attribute(OrderView order, BindingHistories histories, Guides guides, Date now) {
        AttributionRow row = new AttributionRow();
        row.orderId = order.getId();
        row.channelCode = order.getChannelCode();
        row.customerId = order.getCustomerId();
        row.attributedAt = now;
        row.isNew = true;
        StringBuilder notes = new StringBuilder();
        BindingHistories.BoundGuide bound = histories.at(order.getCustomerId(), order.getPaidAt());
        if (bound == null) {
            notes.append(NO_GUIDE.format());
        } else {
            row.boundGuideId = bound.getGuideId();
            row.bindingRecordId = bound.getBindingRecordId();
            GuideProfile guide = guides.byId(bound.getGuideId());
            row.franchiseeId = guide == null ? null : guide.getFranchiseeId();
        }
        attributeSharer(order, guides, row, notes);
        row.note = notes.length() == 0 ? null : notes.toString();
        return row;
    }

    private void attributeSharer(OrderView order, Guides guides, AttributionRow row, StringBuilder notes) {
        if (order.getShareCode() == null) {
            return;
        }
        String code = sharerCode(order.getShareCode());
        GuideProfile sharer = code == null ? null : guides.byCode(code);
        Date sharedAt = order.getSharedAt();
        if (sharer == null) {
            append(notes, Note.of("attribution.invalidShareCode", order.getShareCode()));
        } else if (!sharer.isActive()) {
            append(notes, Note.of("attribution.sharerInactive", sharer.getCode()));
        } else if (sharedAt != null && (sharedAt.after(order.getPaidAt())
                || order.getPaidAt().getTime() - sharedAt.getTime() > TimeUnit.DAYS.toMillis(windowDays))) {
            append(notes, Note.of("attribution.shareOutsideWindow", sharer.getCode(), windowDays));
        } else {
            row.sharerGuideId = sharer.getId();
            // A guide's share has no second level; a distributor's parent guide is credited once distributors exist.
            row.parentGuideId = null;
        }
    }

    private static void append(StringBuilder notes, Note note) {
        if (notes.length() > 0) {
            notes.append(';');
        }
        notes.append(note.format());
    }

    /** Guide profiles read for one batch, by id and by code. */
    static final class Guides {

        private final Map<Long, GuideProfile> byId;
        private final Map<String, GuideProfile> byCode;

        Guides(Map<Long, GuideProfile> byId, Map<String, GuideProfile> byCode) {
            this.byId = byId;
            this.byCode = byCode;
        }

        GuideProfile byId(Long id) {
            return id == null ? null : byId.get(id);
        }

        GuideProfile byCode(String code) {
            return code == null ? null : byCode.get(code);
        }

        void add(GuideProfile profile) {
            byId.put(profile.getId(), profile);
            byCode.put(profile.getCode(), profile);
        }
    }
}
