package com.guidecommerce.demo.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The demo mall's own {@code gc.share.secret} and {@code gc.identity.phoneSalt}. The plugin refuses the placeholders
 * its jar ships, and a value printed in the repository would let anyone sign share codes for a running demo, so the
 * demo draws both at random on its first start, keeps them in its data directory next to the database they belong to
 * (share codes and phone hashes stored there only match under them) and uses them on every later start. {@code --reset}
 * deletes the data directory, so it draws new ones with the fresh demo data.
 */
final class DemoSecrets {

    static final String FILE = "demo-secrets.properties";
    static final String SHARE_SECRET = "gc.share.secret";
    static final String PHONE_SALT = "gc.identity.phoneSalt";
    private static final int RANDOM_BYTES = 32;

    private DemoSecrets() {
    }

    /** The secrets kept in {@code dataDir}, drawing (and keeping) any that is missing. */
    static Properties loadOrCreate(Path dataDir, SecureRandom random) throws IOException {
        Path file = dataDir.resolve(FILE);
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                secrets.load(in);
            }
        }
        boolean drawn = false;
        for (String property : new String[] {SHARE_SECRET, PHONE_SALT}) {
            String value = secrets.getProperty(property);
            if (value == null || value.trim().isEmpty()) {
                secrets.setProperty(property, randomHex(random));
                drawn = true;
            }
        }
        if (drawn) {
            write(secrets, file);
        }
        return secrets;
    }

    private static void write(Properties secrets, Path file) throws IOException {
        try (OutputStream out = openPrivately(file)) {
            secrets.store(out, "Drawn at random by the demo launcher on its first start; --reset draws new ones");
        }
    }

    /** Opens a file holding secrets for writing; one it creates is readable by its owner only, where the disk knows. */
    static OutputStream openPrivately(Path file) throws IOException {
        if (!Files.exists(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newOutputStream(file);
    }

    private static String randomHex(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString();
    }
}
