package com.guidecommerce.site.share;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingException;
import com.guidecommerce.core.binding.service.BindingResult;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.common.PluginSecrets;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.site.binding.PendingBinding;
import com.guidecommerce.site.binding.PendingBindingStore;
import com.guidecommerce.site.common.Shoppers;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import java.util.Date;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Accepts a signed share code ({@code ?gc=G0001-3f9a2c1b5d7e0a64}) on any page the shopper opens. A valid code of an
 * active sharer (a guide, or a distributor of an active guide) is remembered in the session for attribution; a
 * logged-in member is bound to the sharer's guide with source SHARE_LINK
 * (whose default policy binds only members without a guide), an anonymous visitor gets a pending SHARE_LINK binding
 * for when they register. Anything else binds nothing: the request gets the {@link #NOTICE_ATTRIBUTE} so the page can
 * tell the shopper, and a WARN line records the attempt. While share codes are not honoured at all (the brand's
 * secret is not set) every code is treated so.
 */
public class ShareLinkInterceptor extends HandlerInterceptorAdapter {

    /** Request attribute set when the share code was not accepted: {@link #INVALID} or {@link #INACTIVE}. */
    public static final String NOTICE_ATTRIBUTE = "gcShareLinkNotice";
    public static final String INVALID = "invalid";
    public static final String INACTIVE = "inactive";

    private static final Log LOG = LogFactory.getLog(ShareLinkInterceptor.class);
    private static final int LOGGED_CODE_LENGTH = 40;

    @Resource(name = "gcShareCodes")
    protected ShareCodes shareCodes;

    @Resource(name = "gcSharerLookup")
    protected SharerLookup sharerLookup;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Only GETs: reading a parameter of a POST would consume a form body its handler may need unread.
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String shareCode = request.getParameter(GuideLinks.SHARE_PARAMETER);
        if (shareCode != null && !shareCode.trim().isEmpty()) {
            accept(request, shareCode);
        }
        return true;
    }

    protected void accept(HttpServletRequest request, String shareCode) {
        if (!shareCodes.isHonoured()) {
            LOG.warn("Ignored share code '" + printable(shareCode) + "': share codes are not honoured until "
                    + PluginSecrets.SHARE_SECRET + " is set");
            request.setAttribute(NOTICE_ATTRIBUTE, INVALID);
            return;
        }
        String sharerCode = shareCodes.verify(shareCode);
        Sharer sharer = sharerCode == null ? null : sharerLookup.byCode(sharerCode);
        if (sharer == null) {
            LOG.warn("Ignored share code '" + printable(shareCode) + "': bad signature or unknown sharer");
            request.setAttribute(NOTICE_ATTRIBUTE, INVALID);
            return;
        }
        if (!sharer.isActive()) {
            LOG.warn("Ignored share code of " + sharer.getCode() + ", who is " + (sharer.isDistributor()
                    ? sharer.getDistributor().getStatus().getType() + " (guide " + sharer.getGuide().getStatus() + ")"
                    : sharer.getGuide().getStatus()));
            request.setAttribute(NOTICE_ATTRIBUTE, INACTIVE);
            return;
        }
        Date now = SystemTime.asDate();
        HttpSession session = request.getSession(true);
        Customer member = Shoppers.loggedInMember(request);
        Guide guide = sharer.getGuide();
        if (member == null) {
            PendingBindingStore.offer(session, new PendingBinding(guide.getGuideCode(), BindingSource.SHARE_LINK, now));
            new ShareContext(sharer.getCode(), now, null).storeIn(session);
            return;
        }
        ShareContext previous = ShareContext.current(session);
        if (previous == null || !previous.isAppliedTo(sharer.getCode(), member.getId())) {
            bind(member, guide);
        }
        new ShareContext(sharer.getCode(), now, member.getId()).storeIn(session);
    }

    private void bind(Customer member, Guide sharer) {
        try {
            BindingResult result = bindingService.bind(member, sharer, BindingSource.SHARE_LINK, member.getUsername(),
                    BindingReasons.SHARE_LINK);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Share link of " + sharer.getGuideCode() + " for member " + member.getId() + ": "
                        + result.getOutcome());
            }
        } catch (BindingException e) {
            // The page the member opened must still render; the share context is kept for attribution.
            LOG.warn("Could not bind member " + member.getId() + " through the share link of " + sharer.getGuideCode(), e);
        }
    }

    /** The code as typed, cut short and stripped of anything that could forge log lines. */
    static String printable(String code) {
        String shortened = code.length() > LOGGED_CODE_LENGTH ? code.substring(0, LOGGED_CODE_LENGTH) + "..." : code;
        return shortened.replaceAll("[^\\p{Alnum}\\-_.]", "?");
    }
}
