package com.guidecommerce.site.share;

import com.guidecommerce.core.share.ShareCodes;
import org.broadleafcommerce.common.web.BaseUrlResolver;

import javax.annotation.Resource;

/**
 * The addresses that lead shoppers to a guide: the landing page their QR code and posters point to, its QR image,
 * and their signed share link. Absolute addresses start with Broadleaf's {@code site.baseurl}, because they are
 * printed and sent to phones, far from any request. Bean name {@code gcGuideLinks}.
 */
public class GuideLinks {

    /** The request parameter that carries a signed share code. */
    public static final String SHARE_PARAMETER = "gc";

    @Resource(name = "blBaseUrlResolver")
    protected BaseUrlResolver baseUrlResolver;

    @Resource(name = "gcShareCodes")
    protected ShareCodes shareCodes;

    /** Where a product's page is: {@code {url}} (the product's URL) and {@code {id}} are filled in. */
    private String productPath = "{url}";

    public void setProductPath(String productPath) {
        this.productPath = productPath == null || productPath.trim().isEmpty() ? "{url}" : productPath.trim();
    }

    /** The product's page in the mall, by {@code gc.share.productPath}. */
    public String productPath(Long productId, String productUrl) {
        return productPath.replace("{id}", String.valueOf(productId)).replace("{url}",
                productUrl == null ? "" : productUrl);
    }

    public static String landingPath(String guideCode) {
        return "/g/" + guideCode;
    }

    public static String qrImagePath(String guideCode) {
        return landingPath(guideCode) + "/qr.png";
    }

    public String landingUrl(String guideCode) {
        return baseUrlResolver.getSiteBaseUrl() + landingPath(guideCode);
    }

    /**
     * The mall's home page carrying the sharer's signed code; any page of the mall accepts the parameter. While share
     * codes are not honoured (the brand's secret is not set) the sharer's plain landing page instead, which still
     * brings shoppers to them, only without sharer credit.
     */
    public String shareLink(String sharerCode) {
        return shareLink(sharerCode, "/");
    }

    /**
     * A page of the mall ({@code path}, such as a product's URL) carrying the sharer's signed code. While share
     * codes are not honoured, the page without a code: it reaches the shopper, it credits no one.
     */
    public String shareLink(String sharerCode, String path) {
        String page = path == null || !path.startsWith("/") ? "/" + (path == null ? "" : path) : path;
        if (!shareCodes.isHonoured()) {
            return "/".equals(page) ? landingUrl(sharerCode) : baseUrlResolver.getSiteBaseUrl() + page;
        }
        return baseUrlResolver.getSiteBaseUrl() + page + (page.contains("?") ? "&" : "?") + SHARE_PARAMETER + "="
                + shareCodes.sign(sharerCode);
    }
}
