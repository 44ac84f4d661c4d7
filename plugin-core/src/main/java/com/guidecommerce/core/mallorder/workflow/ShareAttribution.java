package com.guidecommerce.core.mallorder.workflow;

import java.util.Date;

/**
 * Where a checkout learns which share led the shopper here when the cart carries no share code of its own. The core
 * bean ({@code gcShareAttribution}) knows of none; the storefront's replaces it with one that reads the shopper's
 * session.
 */
public interface ShareAttribution {

    /** The sharer code (not signed) of the share seen in this shopper's visit, or {@code null}. */
    String currentSharerCode();

    /** When that share was followed, or {@code null}. */
    Date currentSharedAt();

    /** The default: no share known outside the order itself. */
    class None implements ShareAttribution {

        @Override
        public String currentSharerCode() {
            return null;
        }

        @Override
        public Date currentSharedAt() {
            return null;
        }
    }
}
