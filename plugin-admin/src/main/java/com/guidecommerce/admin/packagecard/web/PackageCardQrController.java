package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.rule.CardCodes;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.share.QrCodeRenderer;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * The QR code (a PNG) of a package-card campaign's landing page for cards without order number, as the campaign's
 * form shows it and as a designer places it on the card. Needs read access to package-card campaigns. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
public class PackageCardQrController {

    static final int SIZE = 360;

    private final PackageCardService cardService;
    private final QrCodeRenderer renderer;
    private final AdminPageSupport pageSupport;
    private final String siteBaseUrl;

    public PackageCardQrController(PackageCardService cardService, QrCodeRenderer renderer,
                                   AdminPageSupport pageSupport, String siteBaseUrl) {
        this.cardService = cardService;
        this.renderer = renderer;
        this.pageSupport = pageSupport;
        this.siteBaseUrl = siteBaseUrl == null ? "" : siteBaseUrl.trim();
    }

    @RequestMapping(value = "/gc-package-card/{id}/qr", method = RequestMethod.GET)
    public void qr(@PathVariable("id") Long id, HttpServletResponse response) throws IOException {
        if (cardService.findCampaign(id) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!pageSupport.isAllowed(PackageCardCampaign.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] png;
        try {
            png = renderer.png(siteBaseUrl + CardCodes.landingPath(cardService.cardCode(id, null)), SIZE);
        } catch (IllegalStateException secretNotSet) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, secretNotSet.getMessage());
            return;
        }
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.setHeader("Content-Disposition", "inline; filename=\"package-card-" + id + ".png\"");
        response.getOutputStream().write(png);
    }
}
