package com.guidecommerce.admin.test;

import com.guidecommerce.admin.common.web.ReadableValues;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.common.time.DisplayTimes;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Renders a plugin admin page's view ({@code viewType} of the controller's model) the way the admin parses its
 * templates, as XML, with the admin's messages: every expression of the template is evaluated against the real model.
 * Broadleaf's own tags (the layout, {@code blc:form}) are left as they are.
 */
public final class AdminPages {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private final MessageSource messageSource;

    public AdminPages(MessageSource messageSource) throws Exception {
        this.messageSource = messageSource;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("open_admin_style/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("XML");
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setMessageSource(messageSource);
        // Spring calls this on a declared engine; it hands the message source to the engine's message resolver.
        engine.afterPropertiesSet();
    }

    /** Makes a mocked page support put HQ's times (Asia/Shanghai) on every page, as the real one does. */
    public static void hqTimes(AdminPageSupport pageSupport) {
        Mockito.doAnswer(call -> call.<Model>getArgument(0).addAttribute(AdminPageSupport.TIMES,
                new DisplayTimes(ZoneId.of("Asia/Shanghai")))).when(pageSupport)
                .addSectionAttributes(any(Model.class), anyString());
    }

    public String render(Map<String, Object> model, Locale locale) {
        Map<String, Object> variables = new HashMap<String, Object>(model);
        // As the admin's pages find it (AdminPageSupport), reading the page's language.
        variables.put(ReadableValues.MODEL_ATTRIBUTE, new ReadableValues(messageSource) {
            @Override
            protected Locale locale() {
                return locale;
            }
        });
        return engine.process("views/" + model.get("viewType"), webContext(locale, variables));
    }

    /** What Thymeleaf reads of a request: its attributes (a web context keeps its variables there) and its address. */
    private static WebContext webContext(Locale locale, Map<String, Object> variables) {
        Map<String, Object> attributes = new HashMap<String, Object>();
        HttpServletRequest request = Mockito.mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("");
        when(request.getParameterMap()).thenReturn(Collections.<String, String[]>emptyMap());
        when(request.getAttributeNames()).thenAnswer(call -> Collections.enumeration(attributes.keySet()));
        when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        Mockito.doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(request).setAttribute(anyString(), any());
        HttpServletResponse response = Mockito.mock(HttpServletResponse.class);
        when(response.encodeURL(anyString())).thenAnswer(call -> call.getArgument(0));
        ServletContext servletContext = Mockito.mock(ServletContext.class);
        when(servletContext.getAttributeNames()).thenReturn(Collections.<String>emptyEnumeration());
        return new WebContext(request, response, servletContext, locale, variables);
    }
}
