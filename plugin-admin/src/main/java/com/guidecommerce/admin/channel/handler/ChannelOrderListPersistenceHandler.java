package com.guidecommerce.admin.channel.handler;

import com.guidecommerce.admin.common.NewestFirstPersistenceHandler;
import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.MatchStatus;
import org.broadleafcommerce.openadmin.dto.CriteriaTransferObject;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;

import java.util.Arrays;

/**
 * Lists channel orders newest paid first, for the Channel orders section and for the Unmatched orders section, which
 * shows the same entity through its own address ({@code UnmatchedOrderController}) and marks its requests with the
 * custom criteria {@link #UNMATCHED_ONLY}. Only the list is narrowed: an order opened by its id stays readable after
 * it is matched, so the screen HQ identified it from still shows the outcome. Bean
 * {@code gcChannelOrderListPersistenceHandler}.
 */
public class ChannelOrderListPersistenceHandler extends NewestFirstPersistenceHandler {

    public static final String UNMATCHED_ONLY = "gcUnmatchedOrdersOnly";

    private static final String ID = "id";
    private static final String MATCH_STATUS = "matchStatus";

    public ChannelOrderListPersistenceHandler() {
        super(ChannelOrder.class, "paidAt");
    }

    @Override
    protected void narrow(PersistencePackage persistencePackage, CriteriaTransferObject cto) {
        String[] customCriteria = persistencePackage.getCustomCriteria();
        boolean unmatchedSection = customCriteria != null && Arrays.asList(customCriteria).contains(UNMATCHED_ONLY);
        if (unmatchedSection && !cto.getCriteriaMap().containsKey(ID)) {
            cto.get(MATCH_STATUS).setFilterValue(MatchStatus.UNMATCHED.name());
        }
    }
}
