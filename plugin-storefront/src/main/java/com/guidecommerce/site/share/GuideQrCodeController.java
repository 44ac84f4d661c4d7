package com.guidecommerce.site.share;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.share.QrCodeRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * A guide's QR code as a PNG image, encoding the absolute address of their landing page. Posters, counter cards and
 * the workbench load it; it changes only when the mall's address does, so browsers and CDNs may keep it for an hour.
 */
@Controller
public class GuideQrCodeController {

    public static final int DEFAULT_SIZE = 360;
    static final String CACHE_CONTROL = "public, max-age=3600";

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcQrCodeRenderer")
    protected QrCodeRenderer qrCodeRenderer;

    @Resource(name = "gcGuideLinks")
    protected GuideLinks guideLinks;

    @RequestMapping(value = "/g/{guideCode}/qr.png", method = RequestMethod.GET)
    public void qrCode(@PathVariable("guideCode") String guideCode,
                       @RequestParam(value = "size", required = false) String size,
                       HttpServletResponse response) throws IOException {
        Guide guide = organisationService.findGuideByCode(guideCode);
        if (guide == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = qrCodeRenderer.png(guideLinks.landingUrl(guide.getGuideCode()), parseSize(size));
        PngResponse.send(png, CACHE_CONTROL, response);
    }

    /** The requested size in pixels; the renderer clamps it, anything that is not a number gets the default. */
    static int parseSize(String size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        try {
            return Integer.parseInt(size.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }
}
