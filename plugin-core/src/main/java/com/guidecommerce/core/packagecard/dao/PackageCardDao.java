package com.guidecommerce.core.packagecard.dao;

import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaignImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.List;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** Package-card campaigns through JPA, as the admin edits them. Bean {@code gcPackageCardDao}. */
public class PackageCardDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    public PackageCardCampaign create() {
        return (PackageCardCampaign) entityConfiguration.createEntityInstance(PackageCardCampaign.class.getName());
    }

    public PackageCardCampaign read(Long id) {
        return em.find(PackageCardCampaignImpl.class, id);
    }

    public List<PackageCardCampaign> readAll() {
        return em.createQuery("select k from " + PackageCardCampaignImpl.class.getName() + " k order by k.id desc",
                PackageCardCampaign.class).getResultList();
    }

    public PackageCardCampaign save(PackageCardCampaign campaign) {
        return em.merge(campaign);
    }
}
