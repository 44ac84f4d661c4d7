package com.guidecommerce.site.member;

import com.guidecommerce.core.membertier.rule.MemberTierLadder;
import com.guidecommerce.core.membertier.rule.MemberTierLevel;
import com.guidecommerce.core.membertier.rule.MemberTierProgress;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IProcessingContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionEnhancingDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account page's tier fragment rendered from its template with the storefront's messages. */
class MemberTierFragmentTest {

    private static final MemberTierLadder LADDER = new MemberTierLadder(Arrays.asList(
            new MemberTierLevel("NEW", "\u65b0\u5ba2", "New", 0, BigDecimal.ZERO),
            new MemberTierLevel("REGULAR", "\u666e\u901a", "Regular", 1, new BigDecimal("0.01")),
            new MemberTierLevel("SILVER", "\u94f6\u5361", "Silver", 2, new BigDecimal("2000")),
            new MemberTierLevel("GOLD", "\u91d1\u5361", "Gold", 3, new BigDecimal("5000"))));

    @Test
    void shouldShowTheTierTheSpendAndWhatTheNextTierStillNeeds() {
        MemberTierProgress silver = MemberTierProgress.of(LADDER, "SILVER", new BigDecimal("3200.5"));

        String english = render(silver, Locale.ENGLISH);
        String chinese = render(silver, Locale.SIMPLIFIED_CHINESE);

        assertTrue(english.contains(">Silver<"), english);
        assertTrue(english.contains("\u00a53,200.50"), english);
        assertTrue(english.contains("Spend \u00a51,799.50 more to reach Gold."), english);
        assertTrue(english.contains("the last 365 days"), english);
        assertTrue(chinese.contains(">\u94f6\u5361<"), chinese);
        assertTrue(chinese.contains("\u5347\u7ea7\u4e3a\u91d1\u5361"), chinese);
    }

    @Test
    void shouldTellATopMemberThereIsNoHigherTier() {
        String english = render(MemberTierProgress.of(LADDER, "GOLD", new BigDecimal("8000")), Locale.ENGLISH);

        assertTrue(english.contains("You hold our highest tier."), english);
        assertFalse(english.contains("more to reach"), english);
    }

    @Test
    void shouldShowNothingToAVisitorWithoutATier() {
        assertFalse(render(null, Locale.ENGLISH).contains("gc-my-tier"));
    }

    private static String render(MemberTierProgress progress, Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/GuideCommerceSiteMessages");
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageSource(messages);
        engine.addDialect(new TierExpressionDialect(new Tier(progress)));
        // Spring calls this on a declared engine; it hands the message source to the engine's message resolver.
        try {
            engine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return engine.process("gc/memberTier", new Context(locale));
    }

    /** What {@code #gcMemberTier} answers for the shopper of the page. */
    public static final class Tier {

        private final MemberTierProgress progress;

        Tier(MemberTierProgress progress) {
            this.progress = progress;
        }

        public MemberTierProgress progress() {
            return progress;
        }

        public int windowDays() {
            return 365;
        }
    }

    /** Offers {@code #gcMemberTier} to the template, as Broadleaf's dialect offers its variable expressions. */
    private static final class TierExpressionDialect extends AbstractDialect implements IExpressionEnhancingDialect {

        private final Tier tier;

        TierExpressionDialect(Tier tier) {
            this.tier = tier;
        }

        @Override
        public String getPrefix() {
            return "gctest";
        }

        @Override
        public Map<String, Object> getAdditionalExpressionObjects(IProcessingContext processingContext) {
            return Collections.<String, Object>singletonMap("gcMemberTier", tier);
        }
    }
}
