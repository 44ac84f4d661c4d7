package com.guidecommerce.demo.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The storefront's registration form. */
public class RegistrationForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

    private String email;
    private String name;
    private String password;
    private String passwordConfirm;

    /** Field name to message key of each problem; empty when the form is acceptable. */
    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (email == null || email.trim().length() > 100 || !EMAIL.matcher(email.trim()).matches()) {
            errors.put("email", "register.error.email");
        }
        if (name == null || name.trim().isEmpty() || name.trim().length() > 50) {
            errors.put("name", "register.error.name");
        }
        if (password == null || password.length() < 6 || password.length() > 64) {
            errors.put("password", "register.error.password");
        } else if (!password.equals(passwordConfirm)) {
            errors.put("passwordConfirm", "register.error.passwordConfirm");
        }
        return errors;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }
}
