package com.guidecommerce.admin;

import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.Scanner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Broadleaf's admin chrome in Chinese: the plugin's zh_CN bundle labels Broadleaf's own keys (and those of the
 * Broadleaf templates the plugin rewrites), the admin's message source prefers it to Broadleaf's English in zh_CN,
 * and English stays English whatever the server's default locale.
 */
@ExtendWith(BroadleafContextExtension.class)
class AdminChromeMessagesTest {

    private static final String ENGLISH = "messages/GuideCommerceAdminChromeMessages.properties";
    private static final String CHINESE = "messages/GuideCommerceAdminChromeMessages_zh_CN.properties";
    /** Broadleaf's English admin bundles, from its open admin, admin and content modules. */
    private static final String BROADLEAF_BUNDLES = "classpath*:messages/*Messages*.properties";
    private static final String REWRITTEN_TEMPLATES = "classpath*:gc_admin_style/templates/**/*.html";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");

    @javax.annotation.Resource(name = "messageSource")
    MessageSource messageSource;

    @Test
    void shouldLabelOnlyKeysThatBroadleafOrTheRewrittenTemplatesUse() throws IOException {
        Set<String> unknown = new TreeSet<String>(load(CHINESE).stringPropertyNames());
        unknown.removeAll(broadleafKeys());
        unknown.removeAll(load(ENGLISH).stringPropertyNames());

        assertEquals(Collections.emptySet(), unknown);
    }

    @Test
    void shouldLabelEveryKeyOfTheRewrittenTemplatesInBothLanguages() throws IOException {
        Set<String> keys = templateKeys();
        Set<String> english = new TreeSet<String>(keys);
        english.removeAll(broadleafKeys());
        english.removeAll(load(ENGLISH).stringPropertyNames());
        Set<String> chinese = new TreeSet<String>(keys);
        chinese.removeAll(load(CHINESE).stringPropertyNames());

        assertFalse(keys.isEmpty());
        assertEquals(Collections.emptySet(), english);
        assertEquals(Collections.emptySet(), chinese);
    }

    @Test
    void shouldWriteTheChineseBundleInAsciiOnly() throws IOException {
        String text = read(new PathMatchingResourcePatternResolver().getResource("classpath:" + CHINESE));

        assertEquals(text.length(), text.chars().filter(c -> c < 128).count());
    }

    @Test
    void shouldShowTheChromeWordsOfAChineseScreenInChinese() {
        for (String key : Arrays.asList("Add", "Save", "Delete", "Lookup", "General", "Search", "header.logout",
                "password.signIn", "gcListGrid_records", "BLCCustomerCare")) {
            String label = messageSource.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
            assertFalse(label.chars().anyMatch(c -> c < 128 && Character.isLetter(c)), key + " reads " + label);
        }
        assertEquals("\u6309\u5bfc\u8d2d\u7f16\u7801\u641c\u7d22\u5bfc\u8d2d", messageSource.getMessage("Search_Placeholder",
                new Object[] {"\u5bfc\u8d2d\u7f16\u7801", "\u5bfc\u8d2d"}, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void shouldKeepBroadleafsEnglishWhateverTheServersLocale() {
        Locale serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            for (Locale english : Arrays.asList(Locale.ENGLISH, Locale.US)) {
                assertEquals("Add", messageSource.getMessage("Add", null, english));
                assertEquals("Lookup", messageSource.getMessage("Lookup", null, english));
                assertEquals("records", messageSource.getMessage("gcListGrid_records", null, english));
                assertEquals("Store Code", messageSource.getMessage("GcStore_code", null, english));
            }
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    private static Set<String> broadleafKeys() throws IOException {
        Set<String> keys = new TreeSet<String>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BROADLEAF_BUNDLES)) {
            String name = bundle.getFilename();
            if (!name.startsWith("GuideCommerce") && !name.contains("_")) {
                Properties properties = new Properties();
                try (InputStream in = bundle.getInputStream()) {
                    properties.load(in);
                }
                keys.addAll(properties.stringPropertyNames());
            }
        }
        return keys;
    }

    private static Set<String> templateKeys() throws IOException {
        Set<String> keys = new TreeSet<String>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources(REWRITTEN_TEMPLATES)) {
            Matcher matcher = TEMPLATE_KEY.matcher(read(template));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdminChromeMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream();
             Scanner scanner = new Scanner(in, StandardCharsets.UTF_8.name())) {
            return scanner.useDelimiter("\\A").next();
        }
    }
}
