package com.guidecommerce.core.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginSecretsTest {

    private static final String REAL_SECRET = "9f2c4e7a1b3d5f60";
    private static final String REAL_SALT = "3c8e1a5f7b2d9e40a6c4";

    @Test
    void shouldTakeTwoRandomValuesOfSixteenCharactersOrMoreAsSet() {
        PluginSecrets secrets = new PluginSecrets(REAL_SECRET, REAL_SALT);

        assertTrue(secrets.areSet());
        assertEquals(Collections.emptyList(), secrets.getPlaceholders());
        assertNull(secrets.describeProblem());
    }

    @Test
    void shouldTreatTheValuesShippedWithThePluginAsPlaceholders() {
        PluginSecrets secrets = new PluginSecrets("change-me-guide-commerce-share-secret",
                "change-me-guide-commerce-phone-salt");

        assertFalse(secrets.areSet());
        assertEquals(Arrays.asList("gc.share.secret", "gc.identity.phoneSalt"), secrets.getPlaceholders());
    }

    @Test
    void shouldRefuseTheDefaultsTheCoreJarShips() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = PluginSecretsTest.class.getResourceAsStream("/config/gc/common.properties")) {
            defaults.load(in);
        }

        PluginSecrets secrets = new PluginSecrets(defaults.getProperty("gc.share.secret"),
                defaults.getProperty("gc.identity.phoneSalt"));

        assertEquals(Arrays.asList("gc.share.secret", "gc.identity.phoneSalt"), secrets.getPlaceholders());
    }

    @Test
    void shouldTreatAnyValueMarkedChangeMeAsAPlaceholder() {
        assertTrue(PluginSecrets.isPlaceholder("our-brand-CHANGE-ME-before-launch"));
    }

    @Test
    void shouldTreatMissingBlankAndShortValuesAsPlaceholders() {
        assertTrue(PluginSecrets.isPlaceholder(null));
        assertTrue(PluginSecrets.isPlaceholder(""));
        assertTrue(PluginSecrets.isPlaceholder("                    "));
        assertTrue(PluginSecrets.isPlaceholder("0123456789abcde"));
        assertFalse(PluginSecrets.isPlaceholder("0123456789abcdef"));
    }

    @Test
    void shouldNameOnlyThePropertyStillToSet() {
        PluginSecrets secrets = new PluginSecrets(REAL_SECRET, "short");

        assertFalse(secrets.areSet());
        assertEquals(Collections.singletonList("gc.identity.phoneSalt"), secrets.getPlaceholders());
        assertTrue(secrets.describeProblem().startsWith("gc.identity.phoneSalt is not set"), secrets.describeProblem());
        assertFalse(secrets.describeProblem().contains("share codes"), "the share secret is set, its codes count");
    }

    @Test
    void shouldSayHowToSetTheSecretsAndWhatIsSwitchedOffMeanwhile() {
        String problem = new PluginSecrets("", "").describeProblem();

        assertTrue(problem.startsWith("gc.share.secret and gc.identity.phoneSalt are not set"), problem);
        assertTrue(problem.contains("channel events are refused and no sale earns commission, share codes are not"
                + " honoured"), problem);
        assertTrue(problem.contains("-Dproperty-override"), problem);
    }
}
