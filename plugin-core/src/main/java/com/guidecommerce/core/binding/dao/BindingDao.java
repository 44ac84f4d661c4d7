package com.guidecommerce.core.binding.dao;

import com.guidecommerce.core.binding.domain.BindingPolicy;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;

import java.util.Date;
import java.util.List;

/** Reads and writes GC_MEMBER_BINDING, GC_BINDING_HISTORY and GC_BINDING_POLICY. */
public interface BindingDao {

    MemberBinding createBinding();

    /** The member's binding row (valid or expired), locked for update until the transaction ends. */
    MemberBinding readBindingForUpdate(Long customerId);

    MemberBinding readBinding(Long customerId);

    MemberBinding save(MemberBinding binding);

    BindingRecord append(BindingRecord record);

    List<BindingRecord> readHistory(Long customerId);

    List<MemberBinding> readValidBindingsOf(Long guideId, Date now, int offset, int limit);

    long countValidBindingsOf(Long guideId, Date now);

    /**
     * The same, only members whose first or last name contains {@code search} (ignoring case) or whose customer id
     * (member number) it is.
     */
    List<MemberBinding> readValidBindingsOf(Long guideId, Date now, String search, int offset, int limit);

    long countValidBindingsOf(Long guideId, Date now, String search);

    BindingPolicy readPolicy(BindingSource source);

    List<BindingPolicy> readPolicies();
}
