package com.guidecommerce.demo.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationFormTest {

    @Test
    void shouldAcceptAValidRegistration() {
        assertTrue(form("li@example.com", "小李", "secret1", "secret1").validate().isEmpty());
    }

    @Test
    void shouldRejectAMalformedEmail() {
        assertEquals("register.error.email", form("li-at-example", "小李", "secret1", "secret1").validate().get("email"));
    }

    @Test
    void shouldRejectAShortPassword() {
        assertEquals("register.error.password", form("li@example.com", "小李", "12345", "12345").validate().get("password"));
    }

    @Test
    void shouldRejectMismatchedPasswords() {
        assertEquals("register.error.passwordConfirm",
                form("li@example.com", "小李", "secret1", "secret2").validate().get("passwordConfirm"));
    }

    @Test
    void shouldOnlyFollowSameSitePathsAfterRegistration() {
        assertEquals("/checkout", RegisterController.safeRedirect("/checkout"));
        assertEquals("/account", RegisterController.safeRedirect("//evil.example.com/"));
        assertEquals("/account", RegisterController.safeRedirect("https://evil.example.com/"));
        assertEquals("/account", RegisterController.safeRedirect(null));
    }

    private static RegistrationForm form(String email, String name, String password, String confirm) {
        RegistrationForm form = new RegistrationForm();
        form.setEmail(email);
        form.setName(name);
        form.setPassword(password);
        form.setPasswordConfirm(confirm);
        return form;
    }
}
