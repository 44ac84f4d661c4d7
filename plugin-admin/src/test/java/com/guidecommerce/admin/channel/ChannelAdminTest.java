package com.guidecommerce.admin.channel;

import com.guidecommerce.admin.test.SignedInAdminTest;
import com.guidecommerce.admin.channel.rule.ChannelValidator;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.test.LedgerRows;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Channels section as the admin drives it: Broadleaf's admin entity service with our handler in the path. */
class ChannelAdminTest extends SignedInAdminTest {

    private static final List<SectionCrumb> NO_CRUMBS = Collections.emptyList();

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;



    @Test
    void shouldSaveAWellFormedChannel() throws Exception {
        String code = code();

        Entity saved = add(fixtures.channelForm(null, code, "Asia/Shanghai", "15"));

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        Map<String, Object> stored = fixtures.jdbc().queryForMap(
                "select TIME_ZONE, RETURN_WINDOW_DAYS, COMMISSION_START from GC_CHANNEL where CODE = ?", code);
        assertEquals("Asia/Shanghai", stored.get("TIME_ZONE"));
        assertEquals(15, ((Number) stored.get("RETURN_WINDOW_DAYS")).intValue());
        assertEquals("PAID", stored.get("COMMISSION_START"));
    }

    @Test
    void shouldRefuseALowerCaseCode() throws Exception {
        Entity saved = add(fixtures.channelForm(null, "tmall", "Asia/Shanghai", "7"));

        assertEquals(Collections.singletonList(ChannelValidator.INVALID_CODE), saved.getPropertyValidationErrors().get("code"));
        assertEquals(0, channelsWithCode("tmall"));
    }

    @Test
    void shouldRefuseACodeAnotherChannelHas() throws Exception {
        String code = new LedgerRows(context).channel();

        Entity saved = add(fixtures.channelForm(null, code, "Asia/Shanghai", "7"));

        assertEquals(Collections.singletonList(ChannelValidator.DUPLICATE_CODE), saved.getPropertyValidationErrors().get("code"));
    }

    @Test
    void shouldRefuseAnUnknownTimeZoneAndALongReturnWindow() throws Exception {
        String code = code();

        Entity saved = add(fixtures.channelForm(null, code, "Asia/Beijing", "400"));

        assertEquals(Collections.singletonList(ChannelValidator.INVALID_TIME_ZONE),
                saved.getPropertyValidationErrors().get("timeZone"));
        assertEquals(Collections.singletonList(ChannelValidator.RETURN_WINDOW_OUT_OF_RANGE),
                saved.getPropertyValidationErrors().get("returnWindowDays"));
        assertEquals(0, channelsWithCode(code));
    }

    @Test
    void shouldKeepTheSigningSecretsOffEveryAdminScreen() throws Exception {
        ClassMetadata metadata = adminEntityService.getClassMetadata(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(Channel.class.getName())).getDynamicResultSet().getClassMetaData();

        assertNull(metadata.getPMap().get("signingSecret"), "the secret is on no form, grid or filter");
        assertNull(metadata.getPMap().get("previousSigningSecret"));
        assertTrue(prominent(metadata, "code"));
        assertTrue(((BasicFieldMetadata) metadata.getPMap().get("secretRotatedAt").getMetadata()).getReadOnly());
    }

    @Test
    void shouldIgnoreASecretSentWithTheChannelForm() throws Exception {
        String code = new LedgerRows(context).channel();
        Long id = fixtures.jdbc().queryForObject("select CHANNEL_ID from GC_CHANNEL where CODE = ?", Long.class, code);
        String secret = fixtures.jdbc().queryForObject("select SIGNING_SECRET from GC_CHANNEL where CODE = ?",
                String.class, code);

        Entity saved = adminEntityService.updateEntity(fixtures.channelForm(id, code, "Asia/Shanghai", "9"), null,
                NO_CRUMBS).getEntity();

        assertFalse(saved.isValidationFailure(), () -> "validation errors: " + saved.getPropertyValidationErrors());
        Map<String, Object> stored = fixtures.jdbc().queryForMap(
                "select SIGNING_SECRET, RETURN_WINDOW_DAYS from GC_CHANNEL where CODE = ?", code);
        assertEquals(9, ((Number) stored.get("RETURN_WINDOW_DAYS")).intValue());
        assertEquals(secret, stored.get("SIGNING_SECRET"), "only a rotation sets the secret");
    }

    private static boolean prominent(ClassMetadata metadata, String property) {
        Boolean prominent = ((BasicFieldMetadata) metadata.getPMap().get(property).getMetadata()).isProminent();
        return prominent != null && prominent;
    }

    private Entity add(EntityForm form) throws Exception {
        return adminEntityService.addEntity(form, null, NO_CRUMBS).getEntity();
    }

    private int channelsWithCode(String code) {
        return fixtures.jdbc().queryForObject("select count(*) from GC_CHANNEL where CODE = ?", Integer.class, code);
    }

    private static String code() {
        return "CH_" + LedgerRows.nextId();
    }
}
