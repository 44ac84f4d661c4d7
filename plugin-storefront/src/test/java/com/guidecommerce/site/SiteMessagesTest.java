package com.guidecommerce.site;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.birthday.rule.BirthdayError;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.rule.DistributionError;
import com.guidecommerce.core.distribution.rule.JoinRefusal;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.site.binding.BindingNotice;
import com.guidecommerce.site.binding.GuideLandingController;
import com.guidecommerce.site.distribution.DistributorJoinController;
import com.guidecommerce.site.guide.GuideWorkbenchController;
import com.guidecommerce.site.guide.MemberRow;
import com.guidecommerce.site.member.BirthdayController;
import com.guidecommerce.site.memberday.MemberDayCouponController;
import com.guidecommerce.site.memberday.MemberTierNames;
import com.guidecommerce.site.share.ShareLinkInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Scanner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every text the storefront pages can show has a message in English and in Chinese. */
class SiteMessagesTest {

    private static final String ENGLISH = "messages/GuideCommerceSiteMessages.properties";
    private static final String CHINESE = "messages/GuideCommerceSiteMessages_zh_CN.properties";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void shouldHaveAnEnglishMessageForEveryKey() throws Exception {
        assertEquals(Collections.emptySet(), missingFrom(ENGLISH));
    }

    @Test
    void shouldHaveAChineseMessageForEveryKey() throws Exception {
        assertEquals(Collections.emptySet(), missingFrom(CHINESE));
    }

    @Test
    void shouldOfferTheSameKeysInBothLanguages() throws IOException {
        assertEquals(load(ENGLISH).stringPropertyNames(), load(CHINESE).stringPropertyNames());
    }

    @Test
    void shouldWriteBothBundlesInAsciiOnly() throws IOException {
        for (String bundle : new String[] {ENGLISH, CHINESE}) {
            String text = read(bundle);
            assertEquals(text.length(), text.chars().filter(c -> c < 128).count(), bundle);
        }
    }

    private static Set<String> missingFrom(String bundle) throws Exception {
        Set<String> missing = usedKeys();
        missing.removeAll(load(bundle).stringPropertyNames());
        return missing;
    }

    private static Set<String> usedKeys() throws Exception {
        Set<String> keys = new TreeSet<String>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:webTemplates/gc/*.html")) {
            try (InputStream in = template.getInputStream()) {
                Matcher matcher = TEMPLATE_KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        keys.addAll(constants(BindingNotice.class));
        keys.add(DistributorJoinController.JOINED);
        keys.add(DistributorJoinController.PENDING);
        for (JoinRefusal refusal : JoinRefusal.values()) {
            keys.add(refusal.getMessageKey());
        }
        for (DistributionError error : DistributionError.values()) {
            keys.add(error.getMessageKey());
        }
        for (MemberDayError error : MemberDayError.values()) {
            if (error.getMessageKey().startsWith("gc.memberday.")) {
                keys.add(error.getMessageKey());
            }
        }
        for (DistributorStatus status : new DistributorStatus[] {DistributorStatus.PENDING, DistributorStatus.ACTIVE,
                DistributorStatus.SUSPENDED, DistributorStatus.ENDED}) {
            keys.add("gc.distributor.status." + status.getType());
        }
        for (String page : new String[] {GuideLandingController.UNKNOWN_GUIDE, GuideLandingController.GUIDE_GONE,
                GuideWorkbenchController.NOT_A_GUIDE, GuideWorkbenchController.GUIDE_INACTIVE,
                DistributorJoinController.UNKNOWN_INVITATION}) {
            keys.add(page + ".title");
            keys.add(page + ".text");
        }
        for (BindingSource source : BindingSource.values()) {
            keys.add(MemberRow.SOURCE_MESSAGE_PREFIX + source.getType());
        }
        keys.add(BirthdayController.SAVED);
        keys.add(MemberDayCouponController.NOT_MEMBER_DAY);
        for (BirthdayError error : BirthdayError.values()) {
            keys.add(error.getMessageKey());
        }
        for (PointsKind kind : PointsKind.values()) {
            keys.add("gc.points.kind." + kind.name());
        }
        for (PointsError error : PointsError.values()) {
            keys.add("gcPoints.error." + error.name());
        }
        for (String tier : new String[] {"NEW", "REGULAR", "SILVER", "GOLD"}) {
            keys.add(MemberTierNames.KEY_PREFIX + tier);
        }
        keys.add("gc.share." + ShareLinkInterceptor.INVALID);
        keys.add("gc.share." + ShareLinkInterceptor.INACTIVE);
        return keys;
    }

    private static Set<String> constants(Class<?> type) throws IllegalAccessException {
        Set<String> values = new TreeSet<String>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SiteMessagesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(String bundle) throws IOException {
        try (InputStream in = SiteMessagesTest.class.getClassLoader().getResourceAsStream(bundle);
             Scanner scanner = new Scanner(in, "UTF-8").useDelimiter("\\A")) {
            return scanner.hasNext() ? scanner.next() : "";
        }
    }
}
