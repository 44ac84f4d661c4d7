package com.guidecommerce.admin.poster.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.poster.GuidePosterRenderer;
import com.guidecommerce.admin.poster.PosterContent;
import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;

/**
 * Downloads a guide's printable poster with the QR code of their landing page. Needs read access to guides. The
 * poster speaks the admin user's language; the brand line is the {@code gc.brand.name} property. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 *
 * <p>The address has no {@code .png} ending: Broadleaf's admin request filter leaves addresses ending like a static
 * file alone, so such a request would not get the admin user's language (the one every admin page is drawn in) and
 * would fall back to the servlet's default locale. The file downloads as {@code poster-<code>.png} all the same; the
 * old {@code poster.png} address sends the browser to the new one.
 */
@Controller
public class GuidePosterController {

    private final GuidePosterRenderer renderer;
    private final GenericEntityService entityService;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;
    private final String siteBaseUrl;
    private final String brandName;

    public GuidePosterController(GuidePosterRenderer renderer, GenericEntityService entityService,
                                 AdminPageSupport pageSupport, MessageSource messageSource, String siteBaseUrl,
                                 String brandName) {
        this.renderer = renderer;
        this.entityService = entityService;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
        this.siteBaseUrl = siteBaseUrl;
        this.brandName = brandName;
    }

    static final String PATH = "/gc-guide/{id}/poster";

    /** The address of earlier versions, kept for bookmarks: on to {@link #PATH}, where the admin's language applies. */
    @RequestMapping(value = PATH + ".png", method = RequestMethod.GET)
    public String posterPng(@PathVariable("id") Long id) {
        return "redirect:/gc-guide/" + id + "/poster";
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public void poster(@PathVariable("id") Long id, Locale locale, HttpServletResponse response) throws IOException {
        Guide guide = (Guide) entityService.readGenericEntity(Guide.class.getName(), id);
        if (guide == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!pageSupport.isAllowed(Guide.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PosterContent content = new PosterContent(brandName, guide.getStore().getName(), guide.getName(),
                guide.getGuideCode(), messageSource.getMessage("gcPoster_callToAction", null, locale),
                PosterContent.landingUrl(siteBaseUrl, guide.getGuideCode()));
        byte[] png = renderer.render(content, messageSource.getMessage("gcPoster_guideLabel", null, locale));
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"poster-" + guide.getGuideCode() + ".png\"");
        response.getOutputStream().write(png);
    }
}
