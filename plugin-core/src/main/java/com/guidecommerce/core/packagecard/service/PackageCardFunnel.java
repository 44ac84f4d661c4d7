package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.packagecard.dao.FunnelCount;
import com.guidecommerce.core.packagecard.dao.PackageCardStore;
import com.guidecommerce.core.packagecard.domain.FunnelStage;

import java.util.Date;

/**
 * A campaign's funnel from its recorded steps: cards issued, scans, registrations, members (claims), bindings,
 * buyers linked, first orders. Steps are counted by when they happened (an issued card by its order's payment, a
 * first order by its payment, the others when the shopper did them). Bean {@code gcPackageCardFunnel}.
 */
public class PackageCardFunnel {

    private final PackageCardStore store;

    public PackageCardFunnel(PackageCardStore store) {
        this.store = store;
    }

    /** The campaign's funnel over {@code [from, to)}. */
    public CampaignFunnel figures(Long campaignId, Date from, Date to) {
        CampaignFunnel funnel = new CampaignFunnel(campaignId, from, to);
        for (FunnelCount count : store.countEvents(campaignId, from, to)) {
            FunnelStage stage = FunnelStage.valueOf(count.getStage());
            funnel.total().add(stage, count.getCount());
            funnel.part(count.getChannelCode(), count.getStoreCode()).add(stage, count.getCount());
        }
        return funnel;
    }
}
