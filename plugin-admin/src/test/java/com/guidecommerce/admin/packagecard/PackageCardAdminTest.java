package com.guidecommerce.admin.packagecard;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.test.PackageCardFixtures;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Package Cards section as Broadleaf's admin saves and lists campaigns. */
class PackageCardAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();
    private static final String CAMPAIGN_IMPL = "com.guidecommerce.core.packagecard.domain.PackageCardCampaignImpl";

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcPackageCardService")
    PackageCardService cardService;

    @Test
    void shouldSaveACampaignWithItsChannelAndStoreAndListIt() throws Exception {
        Channel platform = new PackageCardFixtures(context).platform();
        Store store = fixtures.store(fixtures.region());
        String name = "Parcel cards " + AdminFixtures.uniqueCode();

        Entity saved = adminEntityService.addEntity(campaignForm(name, platform.getId(), store.getId()), null,
                NO_CRUMBS).getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        PackageCardCampaign campaign = cardService.findCampaign(Long.valueOf(saved.findProperty("id").getValue()));
        assertEquals(platform.getCode(), campaign.getChannel().getCode());
        assertEquals(store.getCode(), campaign.getStore().getCode());
        assertEquals(30, campaign.getFirstOrderWindowDays());
        assertTrue(listedNames().contains(name), "the section lists the campaign");
    }

    @Test
    void shouldRefuseACampaignWithoutChannel() throws Exception {
        Entity refused = adminEntityService.addEntity(campaignForm("No channel", null, null), null, NO_CRUMBS)
                .getEntity();

        assertTrue(refused.isValidationFailure());
        assertTrue(refused.getPropertyValidationErrors().containsKey("channel"),
                () -> "errors: " + refused.getPropertyValidationErrors());
    }

    @Test
    void shouldRefuseAFirstOrderWindowOfNoDays() throws Exception {
        Channel platform = new PackageCardFixtures(context).platform();
        EntityForm form = campaignForm("No window", platform.getId(), null);
        form.findField("firstOrderWindowDays").setValue("0");

        Entity refused = adminEntityService.addEntity(form, null, NO_CRUMBS).getEntity();

        assertEquals(Collections.singletonList("gcPackageCardCampaign_firstOrderWindowDays_invalid"),
                refused.getPropertyValidationErrors().get("firstOrderWindowDays"));
    }

    private List<String> listedNames() throws Exception {
        List<String> names = new ArrayList<String>();
        for (Entity row : adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(PackageCardCampaign.class.getName())).getDynamicResultSet().getRecords()) {
            names.add(row.findProperty("name").getValue());
        }
        return names;
    }

    private static EntityForm campaignForm(String name, Long channelId, Long storeId) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(PackageCardCampaign.class.getName());
        form.setEntityType(CAMPAIGN_IMPL);
        form.addField(AdminFixtures.field("name", name));
        if (channelId != null) {
            form.addField(AdminFixtures.field("channel", String.valueOf(channelId)));
        }
        if (storeId != null) {
            form.addField(AdminFixtures.field("store", String.valueOf(storeId)));
        }
        form.addField(AdminFixtures.field("activeFrom", "2026.12.01 00:00:00"));
        form.addField(AdminFixtures.field("firstOrderWindowDays", "30"));
        return form;
    }
}
