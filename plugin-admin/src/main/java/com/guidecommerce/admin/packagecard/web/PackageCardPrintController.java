package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.packagecard.CardOrderNumbers;
import com.guidecommerce.admin.packagecard.PackageCardContent;
import com.guidecommerce.admin.packagecard.PackageCardRenderer;
import com.guidecommerce.admin.packagecard.PackageCardTexts;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * Printing a package-card campaign's cards, from the campaign's form: its card without order (an A6 PNG), and the
 * page "cards for orders" where HQ pastes channel order numbers and gets an A4 PDF of their cards, four a page, or,
 * for one number, the card's landing address and its PNG. Cards speak the admin user's language (the addresses have
 * no {@code .png} or {@code .pdf} ending, see {@code GuidePosterController}). Needs read access to package-card
 * campaigns. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
public class PackageCardPrintController {

    static final String SECTION_KEY = "gc-package-card";

    private final PackageCardService cardService;
    private final PackageCardRenderer renderer;
    private final PackageCardTexts texts;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;

    public PackageCardPrintController(PackageCardService cardService, PackageCardRenderer renderer,
                                      PackageCardTexts texts, AdminPageSupport pageSupport,
                                      MessageSource messageSource) {
        this.cardService = cardService;
        this.renderer = renderer;
        this.texts = texts;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
    }

    /** One card as a PNG: the campaign's card without order, or the card of {@code order}. */
    @RequestMapping(value = "/" + SECTION_KEY + "/{id}/card", method = RequestMethod.GET)
    public void card(@PathVariable("id") Long id, @RequestParam(value = "order", required = false) String order,
                     Locale locale, HttpServletResponse response) throws IOException {
        PackageCardCampaign campaign = readableCampaign(id, response);
        if (campaign == null) {
            return;
        }
        String orderNo = null;
        if (order != null) {
            List<String> numbers = parseOrNull(order);
            if (numbers == null || numbers.size() != 1) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            orderNo = numbers.get(0);
        }
        byte[] png;
        try {
            png = renderer.png(texts.card(campaign, orderNo, cardService.cardCode(id, orderNo), locale));
        } catch (IllegalStateException secretNotSet) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, secretNotSet.getMessage());
            return;
        }
        String name = "package-card-" + id + (orderNo == null ? "" : "-" + orderNo) + ".png";
        send(response, "image/png", name, png);
    }

    @RequestMapping(value = "/" + SECTION_KEY + "/{id}/cards", method = RequestMethod.GET)
    public String cardsPage(@PathVariable("id") Long id, Model model, HttpServletResponse response)
            throws IOException {
        PackageCardCampaign campaign = readableCampaign(id, response);
        return campaign == null ? null : page(campaign, "", model);
    }

    /** Many numbers: the PDF sheet. One: the page shows the card's address and PNG. Bad input: the page says why. */
    @RequestMapping(value = "/" + SECTION_KEY + "/{id}/cards", method = RequestMethod.POST)
    public String cards(@PathVariable("id") Long id, @RequestParam(value = "orders", required = false) String orders,
                        Model model, Locale locale, HttpServletResponse response) throws IOException {
        PackageCardCampaign campaign = readableCampaign(id, response);
        if (campaign == null) {
            return null;
        }
        List<String> numbers;
        Map<String, String> codes;
        try {
            numbers = CardOrderNumbers.parse(orders);
            codes = cardService.cardCodes(id, numbers);
        } catch (CardOrderNumbers.Refusal refusal) {
            model.addAttribute("errorMessage", messageSource.getMessage("gcPackageCardPrint_refused_"
                    + refusal.getCode(), new Object[] {refusal.getValue(), CardOrderNumbers.MAX}, locale));
            return page(campaign, orders, model);
        } catch (IllegalStateException secretNotSet) {
            model.addAttribute("errorMessage", messageSource.getMessage("gcPackageCardCampaign_secretNotSet", null,
                    locale));
            return page(campaign, orders, model);
        }
        if (numbers.size() == 1) {
            String orderNo = numbers.get(0);
            model.addAttribute("cardOrderNo", orderNo);
            model.addAttribute("cardUrl", texts.landingUrl(codes.get(orderNo)));
            return page(campaign, orders, model);
        }
        List<PackageCardContent> cards = new ArrayList<PackageCardContent>();
        for (String orderNo : numbers) {
            cards.add(texts.card(campaign, orderNo, codes.get(orderNo), locale));
        }
        send(response, "application/pdf", "package-cards-" + id + ".pdf", renderer.pdf(cards));
        return null;
    }

    private String page(PackageCardCampaign campaign, String orders, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/packageCardPrint");
        model.addAttribute("campaign", campaign);
        model.addAttribute("orders", orders == null ? "" : orders);
        model.addAttribute("maxOrders", CardOrderNumbers.MAX);
        return "modules/defaultContainer";
    }

    /** The campaign, or {@code null} after answering 404 or 403. */
    private PackageCardCampaign readableCampaign(Long id, HttpServletResponse response) throws IOException {
        PackageCardCampaign campaign = cardService.findCampaign(id);
        if (campaign == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!pageSupport.isAllowed(PackageCardCampaign.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return campaign;
    }

    private static List<String> parseOrNull(String order) {
        try {
            return CardOrderNumbers.parse(order);
        } catch (CardOrderNumbers.Refusal refusal) {
            return null;
        }
    }

    private static void send(HttpServletResponse response, String type, String fileName, byte[] body)
            throws IOException {
        response.setContentType(type);
        response.setContentLength(body.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.getOutputStream().write(body);
    }
}
