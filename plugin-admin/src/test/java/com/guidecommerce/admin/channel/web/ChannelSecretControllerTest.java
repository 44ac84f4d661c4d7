package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelSecretService;
import com.guidecommerce.core.channel.service.RotatedSecret;
import com.guidecommerce.core.test.LedgerRows;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

/**
 * The signing secret page over the real services, signed in as HQ's administrator: rotating shows the new secret once,
 * and neither the page afterwards nor the channel's own screen ever carries a secret.
 */
class ChannelSecretControllerTest extends SignedInAdminTest {

    @Resource(name = "gcChannelSecretService")
    ChannelSecretService secretService;

    @Resource(name = "blGenericEntityService")
    GenericEntityService entityService;

    @Resource(name = "gcAdminPageSupport")
    AdminPageSupport pageSupport;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "blFormBuilderService")
    FormBuilderService formBuilderService;

    HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
    String code;
    Long channelId;
    String original;

    @BeforeEach
    void channel() {
        code = new LedgerRows(context).channel();
        Map<String, Object> row = fixtures.jdbc().queryForMap(
                "select CHANNEL_ID, SIGNING_SECRET from GC_CHANNEL where CODE = ?", code);
        channelId = ((Number) row.get("CHANNEL_ID")).longValue();
        original = (String) row.get("SIGNING_SECRET");
    }

    @Test
    void shouldShowTheNewSecretOnceAndNeverAgain() throws Exception {
        ExtendedModelMap rotatedModel = new ExtendedModelMap();
        controller().rotate(channelId, 0, false, rotatedModel, response);
        RotatedSecret rotated = (RotatedSecret) rotatedModel.get("rotated");
        assertNotNull(rotated, () -> "rotation refused: " + rotatedModel.get("errorKey"));
        verify(response).setHeader("Cache-Control", "no-store");

        String answer = pages().render(rotatedModel.asMap(), Locale.SIMPLIFIED_CHINESE);
        ExtendedModelMap laterModel = new ExtendedModelMap();
        controller().show(channelId, laterModel, response);
        String later = pages().render(laterModel.asMap(), Locale.ENGLISH);

        assertTrue(answer.contains(rotated.getSecret()), answer);
        assertEquals(rotated.getSecret(), fixtures.jdbc().queryForObject(
                "select SIGNING_SECRET from GC_CHANNEL where CHANNEL_ID = ?", String.class, channelId));
        assertFalse(later.contains(rotated.getSecret()), later);
        assertFalse(later.contains(original), later);
        assertFalse(answer.contains(original), "the replaced secret is not shown either");
        assertTrue(later.contains("id=\"gc-channel-secret-previous\""), "the old secret's grace period is stated");
        assertTrue(later.contains(AdminFixtures.ADMIN), "the rotation is listed with who made it");
        for (Object value : laterModel.asMap().values()) {
            assertFalse(String.valueOf(value).contains(rotated.getSecret()), "model value " + value);
        }
    }

    @Test
    void shouldNotRotateTwiceWhenTheSameFormIsSentAgain() throws Exception {
        controller().rotate(channelId, 0, false, new ExtendedModelMap(), response);
        String secret = fixtures.jdbc().queryForObject("select SIGNING_SECRET from GC_CHANNEL where CHANNEL_ID = ?",
                String.class, channelId);
        ExtendedModelMap again = new ExtendedModelMap();

        controller().rotate(channelId, 0, false, again, response);

        assertEquals("gcChannelSecret_error_" + ChannelSecretService.ROTATED_MEANWHILE, again.get("errorKey"));
        assertNull(again.get("rotated"));
        assertEquals(secret, fixtures.jdbc().queryForObject("select SIGNING_SECRET from GC_CHANNEL where CHANNEL_ID = ?",
                String.class, channelId));
        assertTrue(pages().render(again.asMap(), Locale.ENGLISH).contains("id=\"gc-channel-secret-error\""));
    }

    @Test
    void shouldKeepTheSecretsOffTheChannelsOwnScreen() throws Exception {
        controller().rotate(channelId, 0, false, new ExtendedModelMap(), response);
        String current = fixtures.jdbc().queryForObject("select SIGNING_SECRET from GC_CHANNEL where CHANNEL_ID = ?",
                String.class, channelId);
        PersistencePackageRequest section = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(Channel.class.getName());
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        Entity record = adminEntityService.getRecord(section, String.valueOf(channelId), metadata, false)
                .getDynamicResultSet().getRecords()[0];

        EntityForm form = formBuilderService.createEntityForm(metadata, record,
                new HashMap<String, org.broadleafcommerce.openadmin.dto.DynamicResultSet>(),
                Collections.<SectionCrumb>emptyList());

        for (Property property : record.getProperties()) {
            assertFalse(String.valueOf(property.getValue()).contains(current)
                    || String.valueOf(property.getValue()).contains(original), property.getName());
        }
        for (Field field : form.getFields().values()) {
            assertFalse(String.valueOf(field.getValue()).contains(current), field.getName());
        }
        assertEquals(AdminFixtures.ADMIN, form.findField("secretRotatedBy").getValue());
        assertNotNull(form.findField("GcChannel_links"), "the screen links to the secret page");
    }

    /**
     * HQ saves the channel's screen (say, a new return window) from the channel as its request read it, while another
     * user rotates the secret: the save must not write the old secret back, or the channel would get a secret that
     * never verifies.
     */
    @Test
    void shouldKeepARotatedSecretWhenTheChannelIsSavedFromACopyReadBefore() throws Exception {
        Channel readBefore = (Channel) entityService.readGenericEntity(Channel.class.getName(), channelId);
        assertEquals(original, readBefore.getSigningSecret());
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        RotatedSecret rotated;
        try {
            rotated = otherRequest.submit(() -> secretService.rotate(channelId, 0, false, "hq-other"))
                    .get(60, TimeUnit.SECONDS);
        } finally {
            otherRequest.shutdownNow();
        }

        Entity saved = adminEntityService.updateEntity(fixtures.channelForm(channelId, code, "Asia/Shanghai", "9"), null,
                Collections.<SectionCrumb>emptyList()).getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        Map<String, Object> stored = fixtures.jdbc().queryForMap("select SIGNING_SECRET, PREVIOUS_SIGNING_SECRET,"
                + " SECRET_VERSION, RETURN_WINDOW_DAYS from GC_CHANNEL where CHANNEL_ID = ?", channelId);
        assertEquals(9, ((Number) stored.get("RETURN_WINDOW_DAYS")).intValue());
        assertEquals(rotated.getSecret(), stored.get("SIGNING_SECRET"));
        assertEquals(original, stored.get("PREVIOUS_SIGNING_SECRET"));
        assertEquals(1, ((Number) stored.get("SECRET_VERSION")).intValue());
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownChannel() throws Exception {
        assertNull(controller().show(-1L, new ExtendedModelMap(), response));

        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private AdminPages pages() throws Exception {
        return new AdminPages(messageSource);
    }

    private ChannelSecretController controller() {
        return new ChannelSecretController(secretService, entityService, pageSupport);
    }
}
