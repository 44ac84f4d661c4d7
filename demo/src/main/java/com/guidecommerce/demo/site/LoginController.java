package com.guidecommerce.demo.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Shows the login form; Spring Security processes {@code /login_post} and {@code /logout}. */
@Controller
public class LoginController {

    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String login() {
        return StorefrontSupport.isLoggedIn() ? "redirect:/account" : "login";
    }
}
