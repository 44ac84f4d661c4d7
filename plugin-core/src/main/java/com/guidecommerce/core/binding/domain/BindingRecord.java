package com.guidecommerce.core.binding.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/**
 * One entry of the append-only binding history: who was bound to whom, when, from which source, replacing which
 * guide, why and by whom. Entries are never changed; a member's current guide is the guide of their latest entry
 * unless it is a release.
 */
public interface BindingRecord extends Serializable {

    Long getId();

    Customer getMember();

    /** The member's guide after this event; {@code null} for a release. */
    Guide getGuide();

    /** The member's guide before this event, if any. */
    Guide getPreviousGuide();

    BindingAction getAction();

    BindingSource getSource();

    String getReason();

    /** Who caused the event: the shopper, an admin user's login, or the system job that ran. */
    String getActor();

    Date getOccurredAt();
}
