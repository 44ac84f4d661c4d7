package com.guidecommerce.site.common;

import com.guidecommerce.core.web.BackLink;
import com.guidecommerce.core.web.CsrfRejection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The page a form sent without its valid token ends on ({@link CsrfRejection} forwards it here, keeping its method):
 * 403, in the mall's chrome, saying the form expired and nothing was changed, with a way back to the form.
 */
@Controller
public class FormExpiredController {

    public static final String PATH = "/gc/form-expired";
    static final String VIEW = "gc/formExpired";

    @RequestMapping(PATH)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("backPath", BackLink.of(request, "/"));
        return VIEW;
    }
}
