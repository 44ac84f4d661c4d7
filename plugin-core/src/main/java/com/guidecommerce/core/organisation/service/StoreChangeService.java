package com.guidecommerce.core.organisation.service;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;

/**
 * Moves a guide to another store. Their members either stay with them (the member relationship is personal) or are
 * released, so the old store's guides can serve them again. Bean name {@code gcStoreChangeService}.
 */
public interface StoreChangeService {

    /** What happens to the guide's members when the guide changes store. */
    enum MemberHandling {
        KEEP,
        RELEASE
    }

    /**
     * Moves the guide in one transaction, releasing every valid member first when asked.
     *
     * @return how many members were released (0 when they are kept)
     * @throws IllegalStateException when the guide has departed, or the store is the guide's store or closed
     */
    int moveToStore(Guide guide, Store store, MemberHandling members, String actor);
}
