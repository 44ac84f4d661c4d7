package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.rule.CardCodes;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;

import javax.annotation.PostConstruct;

/**
 * Adds a saved package-card campaign's landing address (the storefront page of its cards without order number) and
 * its QR code to the campaign's admin form, as a field drawn by {@code fields/gc_package_card_links.html}. The field
 * has no input, so it never reaches the save. While the share secret is not set no card code exists: the field then
 * says so instead. Bean {@code gcPackageCardLinksFormHandler}.
 */
public class PackageCardLinksFormHandler extends AbstractFormBuilderExtensionHandler {

    public static final String FIELD_NAME = "gcPackageCardLinks";
    public static final String FIELD_TYPE = "gc_package_card_links";

    private final FormBuilderExtensionManager extensionManager;
    private final PackageCardService cardService;
    private final String siteBaseUrl;

    public PackageCardLinksFormHandler(FormBuilderExtensionManager extensionManager, PackageCardService cardService,
                                       String siteBaseUrl) {
        this.extensionManager = extensionManager;
        this.cardService = cardService;
        this.siteBaseUrl = siteBaseUrl == null ? "" : siteBaseUrl.trim();
    }

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyPopulatedEntityForm(EntityForm form, Entity entity) {
        if (!PackageCardCampaign.class.getName().equals(form.getCeilingEntityClassname()) || form.getId() == null
                || form.findField(FIELD_NAME) != null) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        form.addField(new Field()
                .withName(FIELD_NAME)
                .withFieldType(FIELD_TYPE)
                .withFriendlyName("gcPackageCardCampaign_landing")
                .withValue(form.getId())
                .withDisplayValue(landingUrl(Long.valueOf(form.getId())))
                .withOrder(9000));
        // Broadleaf caches the form's field map; the read-only template looks the new field up in it.
        form.clearFieldsMap();
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    /** The campaign's landing address, or empty while no card code can be signed. */
    private String landingUrl(Long campaignId) {
        try {
            return siteBaseUrl + CardCodes.landingPath(cardService.cardCode(campaignId, null));
        } catch (IllegalStateException secretNotSet) {
            return "";
        }
    }
}
