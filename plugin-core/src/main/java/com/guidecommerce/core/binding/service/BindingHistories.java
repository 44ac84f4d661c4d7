package com.guidecommerce.core.binding.service;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The binding histories of some members, read at once, to answer "who was this member's guide at that moment" for many
 * orders without a query each. A later transfer or release never changes the answer for an earlier moment: the history
 * is append-only.
 */
public final class BindingHistories {

    /** One change of a member's binding, in the order they happened. */
    public static final class Change {

        final Date at;
        final Long guideId;
        final Long recordId;
        final boolean released;

        public Change(Date at, Long guideId, Long recordId, boolean released) {
            this.at = at;
            this.guideId = guideId;
            this.recordId = recordId;
            this.released = released;
        }
    }

    /** A member's guide at some moment, and the history record that made it so. */
    public static final class BoundGuide {

        private final Long guideId;
        private final Long bindingRecordId;

        BoundGuide(Long guideId, Long bindingRecordId) {
            this.guideId = guideId;
            this.bindingRecordId = bindingRecordId;
        }

        public Long getGuideId() {
            return guideId;
        }

        public Long getBindingRecordId() {
            return bindingRecordId;
        }
    }

    private final Map<Long, List<Change>> changes;

    /** @param changes each member's changes, oldest first */
    public BindingHistories(Map<Long, List<Change>> changes) {
        this.changes = changes;
    }

    /** The member's guide at {@code at}, or {@code null} when they had none then (never bound, or released). */
    public BoundGuide at(Long customerId, Date at) {
        List<Change> history = changes.containsKey(customerId) ? changes.get(customerId)
                : Collections.<Change>emptyList();
        Change current = null;
        for (Change change : history) {
            if (change.at.after(at)) {
                break;
            }
            current = change;
        }
        return current == null || current.released || current.guideId == null ? null
                : new BoundGuide(current.guideId, current.recordId);
    }
}
