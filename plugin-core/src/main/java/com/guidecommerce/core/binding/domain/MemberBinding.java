package com.guidecommerce.core.binding.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.io.Serializable;
import java.util.Date;

/**
 * A member's exclusive guide: at most one row per member (the database enforces it), replaced in place when the
 * member moves. Its history is in {@link BindingRecord}.
 */
public interface MemberBinding extends Serializable {

    Long getId();

    Customer getMember();

    void setMember(Customer member);

    Guide getGuide();

    void setGuide(Guide guide);

    BindingSource getSource();

    void setSource(BindingSource source);

    Date getBoundAt();

    void setBoundAt(Date boundAt);

    /** End of the binding; {@code null} when permanent. */
    Date getValidUntil();

    void setValidUntil(Date validUntil);

    /** End of the protection period; {@code null} when it has none. */
    Date getProtectedUntil();

    void setProtectedUntil(Date protectedUntil);

    boolean isValidAt(Date moment);
}
