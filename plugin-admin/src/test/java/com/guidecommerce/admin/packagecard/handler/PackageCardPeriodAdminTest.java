package com.guidecommerce.admin.packagecard.handler;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.test.PackageCardFixtures;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A package-card campaign's period as the admin saves it: its end is not before its start. */
class PackageCardPeriodAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();
    private static final String CAMPAIGN_IMPL = "com.guidecommerce.core.packagecard.domain.PackageCardCampaignImpl";

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcPackageCardService")
    PackageCardService cardService;

    @Test
    void shouldRefuseAnEndBeforeTheStartWithAMessageOnTheEnd() throws Exception {
        Channel platform = new PackageCardFixtures(context).platform();
        String name = "Backwards " + AdminFixtures.uniqueCode();

        Entity refused = adminEntityService.addEntity(campaignForm(name, platform, "2026.12.01 00:00:00",
                "2026.11.30 23:59:59"), null, NO_CRUMBS).getEntity();

        assertEquals(Collections.singletonList("gcPackageCardCampaign_activeTo_beforeStart"),
                refused.getPropertyValidationErrors().get("activeTo"));
        assertFalse(savedNames().contains(name), "nothing saved");
    }

    @Test
    void shouldSaveAnEndAfterTheStartOrNoEnd() throws Exception {
        Channel platform = new PackageCardFixtures(context).platform();

        Entity bounded = adminEntityService.addEntity(campaignForm("Bounded " + AdminFixtures.uniqueCode(), platform,
                "2026.12.01 00:00:00", "2026.12.31 00:00:00"), null, NO_CRUMBS).getEntity();
        Entity open = adminEntityService.addEntity(campaignForm("Open " + AdminFixtures.uniqueCode(), platform,
                "2026.12.01 00:00:00", null), null, NO_CRUMBS).getEntity();

        assertFalse(bounded.isValidationFailure(), () -> "errors: " + bounded.getPropertyValidationErrors());
        assertFalse(open.isValidationFailure(), () -> "errors: " + open.getPropertyValidationErrors());
        assertNull(cardService.findCampaign(Long.valueOf(open.findProperty("id").getValue())).getActiveTo());
    }

    @Test
    void shouldRefuseAnUpdateThatMovesTheEndBeforeTheStart() throws Exception {
        Channel platform = new PackageCardFixtures(context).platform();
        Entity saved = adminEntityService.addEntity(campaignForm("Moved " + AdminFixtures.uniqueCode(), platform,
                "2026.12.01 00:00:00", "2026.12.31 00:00:00"), null, NO_CRUMBS).getEntity();
        String id = saved.findProperty("id").getValue();
        EntityForm moved = campaignForm(saved.findProperty("name").getValue(), platform, "2026.12.01 00:00:00",
                "2026.11.01 00:00:00");
        moved.setId(id);

        Entity refused = adminEntityService.updateEntity(moved, null, NO_CRUMBS).getEntity();

        assertEquals(Collections.singletonList("gcPackageCardCampaign_activeTo_beforeStart"),
                refused.getPropertyValidationErrors().get("activeTo"));
        assertEquals(30L * 86400000L, cardService.findCampaign(Long.valueOf(id)).getActiveTo().getTime()
                - cardService.findCampaign(Long.valueOf(id)).getActiveFrom().getTime(), "the saved period is kept");
    }

    private List<String> savedNames() {
        List<String> names = new ArrayList<String>();
        for (PackageCardCampaign campaign : cardService.findCampaigns()) {
            names.add(campaign.getName());
        }
        return names;
    }

    private static EntityForm campaignForm(String name, Channel platform, String from, String to) {
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(PackageCardCampaign.class.getName());
        form.setEntityType(CAMPAIGN_IMPL);
        form.addField(AdminFixtures.field("name", name));
        form.addField(AdminFixtures.field("channel", String.valueOf(platform.getId())));
        form.addField(AdminFixtures.field("activeFrom", from));
        if (to != null) {
            form.addField(AdminFixtures.field("activeTo", to));
        }
        form.addField(AdminFixtures.field("firstOrderWindowDays", "30"));
        return form;
    }
}
