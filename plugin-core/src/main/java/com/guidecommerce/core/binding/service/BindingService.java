package com.guidecommerce.core.binding.service;

import com.guidecommerce.core.binding.domain.BindingPolicy;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.PolicyTerms;
import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Exclusive-guide binding: one valid guide per member, changed only as the source's policy allows, every change
 * appended to the history. Bean name {@code gcBindingService}.
 */
public interface BindingService {

    /**
     * Asks to bind a member to a guide. Runs in its own transaction (the member must already be committed) and is
     * safe against concurrent requests for the same member: exactly one of them wins, the others see its result.
     *
     * @param actor  who asks: the shopper's username, an admin login, or a job name
     * @param reason free text kept in the history (e.g. the departure that caused a transfer)
     */
    BindingResult bind(Customer member, Guide guide, BindingSource source, String actor, String reason);

    /**
     * Moves a member to a guide on HQ's behalf inside the caller's transaction, with the same rules and history entry
     * as {@link #bind}. For operations that move many members at once and must move all of them or none (a guide's
     * departure): the caller's rollback undoes every transfer. Requires an active transaction and an administrative
     * source; unlike {@code bind}, it does not retry when another request changes the same member at the same moment,
     * it fails and leaves the decision to the caller.
     *
     * @throws IllegalArgumentException when the source is not administrative
     */
    BindingResult transferWithinTransaction(Customer member, Guide guide, BindingSource source, String actor,
                                            String reason);

    /**
     * Ends a member's binding on HQ's behalf inside the caller's transaction, so the member has no exclusive guide
     * and any guide may bind them again. Appends a RELEASED entry naming the guide they leave. Does nothing for a
     * member with no valid binding.
     *
     * @return whether a binding was ended
     */
    boolean releaseWithinTransaction(Customer member, String actor, String reason);

    /** The member's binding if it is valid now, else {@code null}. */
    MemberBinding findValidBinding(Long customerId);

    /** The member's binding history, newest first. */
    List<BindingRecord> findHistory(Long customerId);

    /** One record of a binding history, or {@code null}. */
    BindingRecord findRecord(Long recordId);

    /**
     * The member's latest binding history record at {@code at} if it bound them to a guide; {@code null} when they had
     * none then (never bound, or the latest record was a release).
     */
    BindingRecord findRecordAt(Long customerId, Date at);

    /** The binding histories of many members at once, to ask who each one's guide was at given moments. */
    BindingHistories findHistories(Collection<Long> customerIds);

    /** The guide's members with a valid binding, most recently bound first. */
    List<MemberBinding> findMembersOf(Guide guide, int offset, int limit);

    long countMembersOf(Guide guide);

    /**
     * The guide's members with a valid binding whose first or last name contains {@code search} (ignoring case) or
     * whose member number (customer id) it is, most recently bound first.
     */
    List<MemberBinding> findMembersOf(Guide guide, String search, int offset, int limit);

    long countMembersOf(Guide guide, String search);

    /** The terms HQ configured for the source, or the defaults when it configured none. */
    PolicyTerms termsFor(BindingSource source);

    List<BindingPolicy> findPolicies();

    /**
     * The bindings made in {@code [from, to)} (bound, bound again, transferred; renewals are not new bindings), oldest
     * first, each saying whether it was the member's first binding ever: what {@link BindingListener}s were told.
     */
    List<NewBinding> findBindingsMade(Date from, Date to);
}
