package com.guidecommerce.core.packagecard.domain;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelImpl;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "GC_PACKAGE_CARD_CAMPAIGN")
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "gcPackageCardCampaign")
public class PackageCardCampaignImpl implements PackageCardCampaign {

    private static final long serialVersionUID = 1L;

    /** The window HQ starts from: a month to place the first order after claiming the card. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    @Id
    @GeneratedValue(generator = "GcPackageCardCampaignId")
    @GenericGenerator(name = "GcPackageCardCampaignId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcPackageCardCampaignImpl"),
                    @Parameter(name = "entity_name",
                            value = "com.guidecommerce.core.packagecard.domain.PackageCardCampaignImpl")
            })
    @Column(name = "CAMPAIGN_ID")
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_id", order = 500, prominent = true, gridOrder = 500,
            readOnly = true, visibility = VisibilityEnum.VISIBLE_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection.
    @ManyToOne(targetEntity = ChannelImpl.class, optional = false)
    @JoinColumn(name = "CHANNEL_ID", nullable = false)
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_channel", order = 2000, prominent = true,
            gridOrder = 2000, requiredOverride = RequiredOverride.REQUIRED)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Channel channel;

    @ManyToOne(targetEntity = StoreImpl.class)
    @JoinColumn(name = "STORE_ID")
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_store", order = 3000, prominent = true, gridOrder = 3000,
            helpText = "gcPackageCardCampaign_store_help")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Store store;

    @Column(name = "ACTIVE_FROM", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_activeFrom", order = 4000, prominent = true,
            gridOrder = 4000, requiredOverride = RequiredOverride.REQUIRED)
    protected Date activeFrom;

    @Column(name = "ACTIVE_TO")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_activeTo", order = 5000, prominent = true,
            gridOrder = 5000, helpText = "gcPackageCardCampaign_activeTo_help")
    protected Date activeTo;

    @Column(name = "FIRST_ORDER_WINDOW_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_firstOrderWindowDays", order = 6000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "gcPackageCardCampaign_firstOrderWindowDays_help",
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = "[1-9][0-9]{0,2}"),
                            @ConfigurationItem(itemName = "errorMessage",
                                    itemValue = "gcPackageCardCampaign_firstOrderWindowDays_invalid")
                    }))
    protected Integer firstOrderWindowDays = DEFAULT_WINDOW_DAYS;

    @Column(name = "HEADLINE", length = 60)
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_headline", order = 7000,
            helpText = "gcPackageCardCampaign_headline_help")
    protected String headline;

    @Column(name = "BENEFIT", length = 120)
    @AdminPresentation(friendlyName = "gcPackageCardCampaign_benefit", order = 8000,
            helpText = "gcPackageCardCampaign_benefit_help")
    protected String benefit;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public Channel getChannel() {
        return channel;
    }

    @Override
    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Store getStore() {
        return store;
    }

    @Override
    public void setStore(Store store) {
        this.store = store;
    }

    @Override
    public Date getActiveFrom() {
        return activeFrom;
    }

    @Override
    public void setActiveFrom(Date activeFrom) {
        this.activeFrom = activeFrom;
    }

    @Override
    public Date getActiveTo() {
        return activeTo;
    }

    @Override
    public void setActiveTo(Date activeTo) {
        this.activeTo = activeTo;
    }

    @Override
    public int getFirstOrderWindowDays() {
        return firstOrderWindowDays == null ? DEFAULT_WINDOW_DAYS : firstOrderWindowDays;
    }

    @Override
    public void setFirstOrderWindowDays(int days) {
        this.firstOrderWindowDays = days;
    }

    @Override
    public String getHeadline() {
        return headline;
    }

    @Override
    public void setHeadline(String headline) {
        this.headline = headline;
    }

    @Override
    public String getBenefit() {
        return benefit;
    }

    @Override
    public void setBenefit(String benefit) {
        this.benefit = benefit;
    }
}
