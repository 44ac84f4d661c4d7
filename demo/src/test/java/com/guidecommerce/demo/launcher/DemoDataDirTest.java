package com.guidecommerce.demo.launcher;

import com.guidecommerce.core.common.PluginSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's data directory: the demo's secrets are drawn once, kept with its data and drawn again on --reset. */
class DemoDataDirTest {

    @TempDir
    Path parent;

    private final SecureRandom random = new SecureRandom();

    @Test
    void shouldDrawSecretsThePluginAcceptsOnTheFirstStart() throws IOException {
        Path dataDir = parent.resolve("data");

        Properties runtime = DemoLauncher.prepareDataDir(dataDir, false, random);

        PluginSecrets secrets = new PluginSecrets(runtime.getProperty("gc.share.secret"),
                runtime.getProperty("gc.identity.phoneSalt"));
        assertTrue(secrets.areSet(), "neither is a placeholder");
        assertTrue(runtime.getProperty("gc.share.secret").matches("[0-9a-f]{64}"));
        assertNotEquals(runtime.getProperty("gc.share.secret"), runtime.getProperty("gc.identity.phoneSalt"));
        Path kept = dataDir.resolve("demo-secrets.properties");
        assertEquals(runtime, read(kept), "kept in the data directory");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }

    @Test
    void shouldUseTheSameSecretsOnEveryLaterStart() throws IOException {
        Path dataDir = parent.resolve("data");
        Properties first = DemoLauncher.prepareDataDir(dataDir, false, random);

        Properties second = DemoLauncher.prepareDataDir(dataDir, false, random);

        assertEquals(first, second);
    }

    @Test
    void shouldDrawNewSecretsWhenResetReloadsTheDemoData() throws IOException {
        Path dataDir = parent.resolve("data");
        Properties before = DemoLauncher.prepareDataDir(dataDir, false, random);
        Files.createDirectories(dataDir.resolve("hsqldb"));
        Files.write(dataDir.resolve("hsqldb/gcdemo.script"), new byte[] {1});

        Properties after = DemoLauncher.prepareDataDir(dataDir, true, random);

        assertNotEquals(before.getProperty("gc.share.secret"), after.getProperty("gc.share.secret"));
        assertNotEquals(before.getProperty("gc.identity.phoneSalt"), after.getProperty("gc.identity.phoneSalt"));
        assertFalse(Files.exists(dataDir.resolve("hsqldb")), "the old database went with them");
    }

    @Test
    void shouldDrawOnlyTheSecretThatIsMissingAndKeepTheOther() throws IOException {
        Path dataDir = Files.createDirectories(parent.resolve("data"));
        Properties kept = new Properties();
        kept.setProperty("gc.share.secret", "5e0b7d24c9a1f3865e0b7d24c9a1f386");
        try (OutputStream out = Files.newOutputStream(dataDir.resolve("demo-secrets.properties"))) {
            kept.store(out, null);
        }

        Properties runtime = DemoLauncher.prepareDataDir(dataDir, false, random);

        assertEquals("5e0b7d24c9a1f3865e0b7d24c9a1f386", runtime.getProperty("gc.share.secret"));
        assertTrue(runtime.getProperty("gc.identity.phoneSalt").matches("[0-9a-f]{64}"));
        assertEquals(runtime, read(dataDir.resolve("demo-secrets.properties")));
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
