package com.guidecommerce.core.packagecard.service;

import com.guidecommerce.core.channel.service.ChannelOrderRef;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.packagecard.dao.FunnelEvent;
import com.guidecommerce.core.packagecard.dao.PackageCardDao;
import com.guidecommerce.core.packagecard.dao.PackageCardStore;
import com.guidecommerce.core.packagecard.domain.FunnelStage;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.rule.CardCode;
import com.guidecommerce.core.packagecard.rule.CardCodes;
import com.guidecommerce.core.packagecard.rule.StoreGuideChoice;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

public class PackageCardServiceImpl implements PackageCardService {

    @Resource(name = "gcPackageCardDao")
    protected PackageCardDao dao;

    @Resource(name = "gcPackageCardStore")
    protected PackageCardStore store;

    @Resource(name = "gcPackageCardCodes")
    protected CardCodes codes;

    @Resource(name = "gcPackageCardClaims")
    protected CardClaims claims;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcChannelOrderService")
    protected ChannelOrderService channelOrderService;

    @Override
    public PackageCardCampaign createCampaign() {
        return dao.create();
    }

    @Override
    @Transactional("blTransactionManager")
    public PackageCardCampaign saveCampaign(PackageCardCampaign campaign) {
        return dao.save(campaign);
    }

    @Override
    public PackageCardCampaign findCampaign(Long campaignId) {
        return dao.read(campaignId);
    }

    @Override
    public List<PackageCardCampaign> findCampaigns() {
        return dao.readAll();
    }

    @Override
    public String cardCode(Long campaignId, String orderNo) {
        return cardCodes(campaignId, Collections.singletonList(orderNo)).values().iterator().next();
    }

    @Override
    public Map<String, String> cardCodes(Long campaignId, List<String> orderNos) {
        if (campaignId == null || dao.read(campaignId) == null) {
            throw new PackageCardException(PackageCardException.UNKNOWN_CAMPAIGN, "There is no package-card campaign "
                    + campaignId);
        }
        Map<String, String> signed = new LinkedHashMap<String, String>();
        for (String orderNo : orderNos) {
            signed.put(orderNo, codes.sign(campaignId, orderNo));
        }
        return signed;
    }

    @Override
    public CardView open(String code) {
        CardCode card = codes.verify(code);
        if (card == null) {
            throw new PackageCardException(PackageCardException.INVALID_CODE, "'" + code + "' is not a genuine"
                    + " package-card code");
        }
        PackageCardCampaign campaign = dao.read(card.getCampaignId());
        if (campaign == null) {
            throw new PackageCardException(PackageCardException.UNKNOWN_CAMPAIGN, "There is no package-card campaign "
                    + card.getCampaignId());
        }
        Store orderStore = card.hasOrder() ? orderStore(campaign, card.getOrderNo()) : null;
        for (Store candidate : new Store[] {orderStore, campaign.getStore()}) {
            Guide guide = candidate == null || !candidate.isActive() ? null
                    : StoreGuideChoice.choose(organisationService.findGuidesByStore(candidate));
            if (guide != null) {
                return new CardView(code, campaign, card.getOrderNo(), candidate, guide);
            }
        }
        throw new PackageCardException(PackageCardException.NO_GUIDE, "Neither the order's store nor the store of"
                + " campaign " + campaign.getId() + " has an active guide");
    }

    private Store orderStore(PackageCardCampaign campaign, String orderNo) {
        ChannelOrderRef order = channelOrderService.findOrder(campaign.getChannel().getCode(), orderNo);
        return order == null || order.getStoreCode() == null ? null
                : organisationService.findStoreByCode(order.getStoreCode());
    }

    @Override
    public void recordScan(CardView card, String visitorKey) {
        claims.record(Collections.singletonList(new FunnelEvent(card.getCampaign().getId(), FunnelStage.SCAN,
                visitorKey, null, card.getChannelCode(), null, card.getStoreCode(), SystemTime.asDate())));
    }

    @Override
    public void recordRegistration(CardView card, Long customerId) {
        claims.record(Collections.singletonList(new FunnelEvent(card.getCampaign().getId(), FunnelStage.REGISTER,
                String.valueOf(customerId), customerId, card.getChannelCode(), null, card.getStoreCode(),
                SystemTime.asDate())));
    }

    @Override
    public ClaimResult claim(CardView card, Customer member) {
        return claims.claim(card, member);
    }

    @Override
    public int linkPendingClaims() {
        return claims.linkAll(store.findPendingClaimsWithOrder());
    }
}
