package com.guidecommerce.site.distribution;

import com.guidecommerce.core.distribution.domain.DistributorInvitation;
import com.guidecommerce.core.distribution.rule.DistributionException;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.share.QrCodeRenderer;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.StoreDates;
import com.guidecommerce.site.share.GuideQrCodeController;
import com.guidecommerce.site.share.PngResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.BaseUrlResolver;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.IOException;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A guide invites members to become their distributors from the workbench: each press creates a new single-use
 * invitation whose link and QR code the workbench shows once. Only the logged-in account's own, active guide invites.
 */
@Controller
public class DistributorInviteController {

    /** Flash attribute of the invitation just created. */
    public static final String INVITATION = "gcDistributorInvitation";
    /** Flash attribute of the refusal's message key when the guide may not invite. */
    public static final String INVITE_REFUSED = "gcDistributorInviteRefused";
    static final String WORKBENCH = "redirect:/guide#gc-distributors";

    private static final Log LOG = LogFactory.getLog(DistributorInviteController.class);

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @Resource(name = "gcQrCodeRenderer")
    protected QrCodeRenderer qrCodeRenderer;

    @Resource(name = "blBaseUrlResolver")
    protected BaseUrlResolver baseUrlResolver;

    @RequestMapping(value = "/guide/distributors/invite", method = RequestMethod.POST)
    public String invite(HttpServletRequest request) {
        Customer account = Shoppers.loggedInMember(request);
        Guide guide = account == null ? null : organisationService.findGuideByCustomerId(account.getId());
        if (guide == null || !guide.isActive()) {
            return "redirect:/login?successUrl=/guide";
        }
        try {
            DistributorInvitation invitation = distributionService.invite(guide);
            RequestContextUtils.getOutputFlashMap(request).put(INVITATION, new InvitationView(
                    joinUrl(invitation.getToken()), DistributorLinks.qrImagePath(invitation.getToken()),
                    StoreDates.day(invitation.getExpiresAt(), guide.getStore())));
        } catch (DistributionException e) {
            LOG.warn("Guide " + guide.getGuideCode() + " could not invite a distributor", e);
            RequestContextUtils.getOutputFlashMap(request).put(INVITE_REFUSED, e.getError().getMessageKey());
        }
        return WORKBENCH;
    }

    /** The invitation's QR code, encoding the absolute address of its join page. */
    @RequestMapping(value = "/distributor/join/{token:[0-9a-f]{32}}/qr.png", method = RequestMethod.GET)
    public void qrCode(@PathVariable("token") String token, HttpServletResponse response) throws IOException {
        if (distributionService.findInvitation(token) == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = qrCodeRenderer.png(joinUrl(token), GuideQrCodeController.DEFAULT_SIZE);
        PngResponse.send(png, null, response);
    }

    private String joinUrl(String token) {
        return baseUrlResolver.getSiteBaseUrl() + DistributorLinks.joinPath(token);
    }
}
