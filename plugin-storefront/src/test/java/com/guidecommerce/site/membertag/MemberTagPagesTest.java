package com.guidecommerce.site.membertag;

import com.guidecommerce.site.guide.MemberPage;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench's member tag templates rendered with the site's messages in both languages, as XML. */
class MemberTagPagesTest {

    @Test
    void shouldRenderAMembersTagsNotesAndFormsInBothLanguages() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("member", member());
        model.put("tags", Arrays.asList(new TagView("DORMANT", "Dormant",
                "Bought before, but nothing within the last 180 days", "2026-01-02")));
        model.put("ownTags", Arrays.asList("VIP"));
        Map<String, Object> note = new HashMap<String, Object>();
        note.put("id", 9L);
        note.put("body", "Call after 18:00");
        note.put("createdOn", "2026-01-03");
        model.put("notes", Arrays.asList(note));

        String english = render("gc/memberTags", model, Locale.ENGLISH);
        String chinese = render("gc/memberTags", model, Locale.SIMPLIFIED_CHINESE);

        assertTrue(english.contains("Bought before, but nothing within the last 180 days"), english);
        assertTrue(english.contains("/guide/members/100/notes/9/delete"), english);
        assertTrue(english.contains("Call after 18:00"), english);
        assertTrue(chinese.contains("\u6211\u7684\u5907\u6ce8"), "My notes, in Chinese");
        assertFalse(english.contains("??"), english);
        assertFalse(chinese.contains("??"), chinese);
    }

    @Test
    void shouldRenderTheFilterAndTheListWithTheCsvLinkOfTheSameFilter() {
        Map<String, Object> choice = new HashMap<String, Object>();
        choice.put("filter", "SPEND_BAND=HIGH");
        choice.put("label", "Spend band: high");
        choice.put("rule", "Paid less refunded within the last 365 days");
        choice.put("chosen", true);
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("tagChoices", Arrays.asList(choice));
        model.put("ownChoices", Arrays.asList("VIP"));
        model.put("chosenOwn", Collections.<String>emptyList());
        model.put("memberPage", MemberPage.of("1", 1));
        model.put("members", Arrays.asList(member()));
        model.put("csvQuery", "?tag=SPEND_BAND%3DHIGH");

        String english = render("gc/taggedMembers", model, Locale.ENGLISH);
        String chinese = render("gc/taggedMembers", model, Locale.SIMPLIFIED_CHINESE);

        assertTrue(english.contains("/guide/members/tagged.csv?tag=SPEND_BAND%3DHIGH"), english);
        assertTrue(english.matches("(?s).*<input[^>]*checked=\"checked\"[^>]*value=\"SPEND_BAND=HIGH\".*"), english);
        assertTrue(english.contains("sh***@example.com"), english);
        assertTrue(chinese.contains("\u5171 1 \u4f4d\u4f1a\u5458"), chinese);
        assertFalse(english.contains("??"), english);
        assertFalse(chinese.contains("??"), chinese);
    }

    private static Map<String, Object> member() {
        Map<String, Object> member = new LinkedHashMap<String, Object>();
        member.put("memberNo", 100L);
        member.put("firstName", "Xiao Wang");
        member.put("email", "sh***@example.com");
        member.put("phone", "138****0001");
        return member;
    }

    private static String render(String template, Map<String, Object> model, Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/GuideCommerceSiteMessages");
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("XML");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageSource(messages);
        // Spring calls this on a declared engine; it hands the message source to the engine's message resolver.
        try {
            engine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/guide/members/100");
        List<String> none = Collections.emptyList();
        model.putIfAbsent("chosenTags", none);
        return engine.process(template, new WebContext(request, new MockHttpServletResponse(),
                new MockServletContext(), locale, model));
    }
}
