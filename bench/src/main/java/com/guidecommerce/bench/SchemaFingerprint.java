package com.guidecommerce.bench;

import com.guidecommerce.core.commission.rule.CommissionMath;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the plugin core's entity classes and Spring/persistence files. A database whose schema Hibernate created from the same
 * core can be emptied and reused, which saves the minute that creating Broadleaf's 180 tables takes on MySQL. The jar
 * is found through a rule class: loading an entity class before Broadleaf's weaver starts would break the boot.
 */
final class SchemaFingerprint {

    private SchemaFingerprint() {
    }

    static String ofCore() {
        try {
            Path location = Path.of(CommissionMath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            TreeMap<String, byte[]> entries = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
            MessageDigest digest = DigestUtils.getSha256Digest();
            entries.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return Hex.encodeHexString(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entities live in the features' domain packages; the XML files list them. */
    private static boolean relevant(String name) {
        return name.endsWith(".xml") || name.contains("/domain/") && name.endsWith(".class");
    }

    private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> all = file.entries();
            while (all.hasMoreElements()) {
                JarEntry entry = all.nextElement();
                if (!entry.isDirectory() && relevant(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }

    private static TreeMap<String, byte[]> fromDirectory(Path root) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            if (relevant(name)) {
                entries.put(name, Files.readAllBytes(file));
            }
        }
        return entries;
    }
}
