package com.guidecommerce.site.share;

import com.guidecommerce.core.mallorder.workflow.ShareAttribution;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Date;
import javax.servlet.http.HttpSession;

/** The share a shopper followed in this visit (kept in the session by {@link ShareLinkInterceptor}), for checkout. */
public class SessionShareAttribution implements ShareAttribution {

    @Override
    public String currentSharerCode() {
        ShareContext share = current();
        return share == null ? null : share.getSharerCode();
    }

    @Override
    public Date currentSharedAt() {
        ShareContext share = current();
        return share == null ? null : share.getSharedAt();
    }

    private static ShareContext current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes)) {
            return null;
        }
        HttpSession session = ((ServletRequestAttributes) attributes).getRequest().getSession(false);
        return ShareContext.current(session);
    }
}
