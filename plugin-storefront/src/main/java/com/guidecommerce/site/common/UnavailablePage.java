package com.guidecommerce.site.common;

import org.springframework.ui.Model;

import javax.servlet.http.HttpServletResponse;

/**
 * The plugin's page for a guide page that cannot be shown (unknown guide, guide no longer serving, not a guide):
 * a title and a sentence in the shopper's language, a way on, and the right HTTP status instead of a stack trace.
 */
public final class UnavailablePage {

    public static final String VIEW = "gc/unavailable";

    private UnavailablePage() {
    }

    /**
     * @param messagePrefix prefix of the {@code .title} and {@code .text} messages
     * @param argument      the message argument (e.g. the guide's name), or {@code null}
     */
    public static String show(int status, String messagePrefix, String argument, HttpServletResponse response,
                              Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("titleKey", messagePrefix + ".title");
        model.addAttribute("textKey", messagePrefix + ".text");
        model.addAttribute("argument", argument);
        return VIEW;
    }
}
