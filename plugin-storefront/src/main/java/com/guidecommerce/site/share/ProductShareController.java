package com.guidecommerce.site.share;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.share.QrCodeRenderer;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.UnavailablePage;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Sharing a product, for guides and active distributors: the product's link carrying their signed code, its QR code,
 * and a poster (the product's image, name and price with the QR) drawn on the page for saving to the phone. The
 * product page links here for whoever may share.
 */
@Controller
public class ProductShareController {

    static final String VIEW = "gc/productShare";
    static final String UNAVAILABLE = "gc.shareProduct.unavailable";
    static final String NOT_SHARER = "gc.shareProduct.notSharer";

    @Resource(name = "gcSharerLookup")
    protected SharerLookup sharerLookup;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "gcGuideLinks")
    protected GuideLinks guideLinks;

    @Resource(name = "gcQrCodeRenderer")
    protected QrCodeRenderer qrCodeRenderer;

    public static String sharePath(Long productId) {
        return "/share/product/" + productId;
    }

    @RequestMapping(value = "/share/product/{productId:\\d+}", method = RequestMethod.GET)
    public String share(@PathVariable("productId") Long productId, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + sharePath(productId);
        }
        Sharer sharer = sharerLookup.ofMember(member);
        if (sharer == null) {
            return UnavailablePage.show(HttpServletResponse.SC_FORBIDDEN, NOT_SHARER, null, response, model);
        }
        Product product = shareable(productId);
        if (product == null) {
            return UnavailablePage.show(HttpServletResponse.SC_NOT_FOUND, UNAVAILABLE, null, response, model);
        }
        model.addAttribute("product", product);
        model.addAttribute("sharer", sharer);
        model.addAttribute("shareLink", productLink(sharer, product));
        model.addAttribute("qrPath", sharePath(productId) + "/qr.png");
        model.addAttribute("price", price(product.getDefaultSku(), RequestContextUtils.getLocale(request)));
        model.addAttribute("imageUrl", imageUrl(product, request.getContextPath()));
        model.addAttribute("sharerName", sharer.isDistributor() ? distributorName(sharer.getDistributor())
                : sharer.getGuide().getName());
        return VIEW;
    }

    /** The QR code of the logged-in sharer's link to the product; private, as it carries their code. */
    @RequestMapping(value = "/share/product/{productId:\\d+}/qr.png", method = RequestMethod.GET)
    public void qrCode(@PathVariable("productId") Long productId, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        Sharer sharer = sharerLookup.ofMember(Shoppers.loggedInMember(request));
        Product product = sharer == null ? null : shareable(productId);
        if (product == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = qrCodeRenderer.png(productLink(sharer, product), GuideQrCodeController.DEFAULT_SIZE);
        PngResponse.send(png, "private, max-age=3600", response);
    }

    private String productLink(Sharer sharer, Product product) {
        return guideLinks.shareLink(sharer.getCode(), guideLinks.productPath(product.getId(), product.getUrl()));
    }

    private Product shareable(Long productId) {
        Product product = catalogService.findProductById(productId);
        return product != null && product.isActive() && product.getUrl() != null ? product : null;
    }

    /** The product's primary image as the page loads it, or empty (the poster then has a plain panel). */
    static String imageUrl(Product product, String contextPath) {
        Media primary = product.getMedia() == null ? null : product.getMedia().get("primary");
        String url = primary == null ? null : primary.getUrl();
        if (url == null || url.trim().isEmpty()) {
            return "";
        }
        return url.startsWith("/") ? contextPath + url : url;
    }

    /** A distributor signs the poster with their first name, or their code when they gave none. */
    static String distributorName(Distributor distributor) {
        String first = distributor.getMember().getFirstName();
        return first == null || first.trim().isEmpty() ? distributor.getCode() : first.trim();
    }

    /** The sale price if there is one, else the retail price, in the shopper's language. */
    static String price(Sku sku, Locale locale) {
        Money price = sku == null ? null : sku.getPrice();
        if (price == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(price.getCurrency());
        return format.format(price.getAmount());
    }
}
