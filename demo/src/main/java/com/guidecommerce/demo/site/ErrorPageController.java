package com.guidecommerce.demo.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.http.HttpServletRequest;

/** The storefront's error page (web.xml sends every error here): a message for the shopper, never a stack trace. */
@Controller
public class ErrorPageController {

    @RequestMapping("/error")
    public String error(HttpServletRequest request, Model model) {
        Object status = request.getAttribute("javax.servlet.error.status_code");
        boolean notFound = status instanceof Integer && (Integer) status == 404;
        model.addAttribute("notFound", notFound);
        return notFound ? "notFound" : "error";
    }
}
