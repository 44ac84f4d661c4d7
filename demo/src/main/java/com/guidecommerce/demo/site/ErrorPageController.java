package com.guidecommerce.demo.site;

import com.guidecommerce.core.web.ErrorReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.http.HttpServletRequest;

/**
 * The storefront's error page (web.xml sends every error here): a message for the shopper, never a stack trace. A
 * failure shows the reference under which Guide Commerce's gcWebHygieneFilter logged it, so support can find it.
 */
@Controller
public class ErrorPageController {

    @RequestMapping("/error")
    public String error(HttpServletRequest request, Model model) {
        Object status = request.getAttribute("javax.servlet.error.status_code");
        boolean notFound = status instanceof Integer && (Integer) status == 404;
        model.addAttribute("notFound", notFound);
        model.addAttribute("reference", request.getAttribute(ErrorReference.REQUEST_ATTRIBUTE));
        return notFound ? "notFound" : "error";
    }
}
