package com.guidecommerce.admin.packagecard.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.packagecard.CardOrderNumbers;
import com.guidecommerce.admin.packagecard.PackageCardRenderer;
import com.guidecommerce.admin.packagecard.PackageCardTexts;
import com.guidecommerce.admin.poster.PosterFonts;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.share.QrCodeRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Printing a campaign's cards from its admin page: the PDF of pasted orders, one order's card, refusals, 403. */
class PackageCardPrintControllerTest {

    private static final String SITE = "https://mall.example.com";

    private final PackageCardService cardService = mock(PackageCardService.class);
    private final AdminPageSupport pageSupport = mock(AdminPageSupport.class);
    private final PackageCardCampaign campaign = mock(PackageCardCampaign.class);
    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    private final PackageCardRenderer renderer = new PackageCardRenderer(new QrCodeRenderer(), new PosterFonts());
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final ExtendedModelMap model = new ExtendedModelMap();
    private PackageCardPrintController controller;

    @BeforeEach
    void campaign() {
        messages.setBasename("classpath:messages/GuideCommerceAdminMessages");
        messages.setDefaultEncoding("ISO-8859-1");
        messages.setFallbackToSystemLocale(false);
        controller = new PackageCardPrintController(cardService, renderer,
                new PackageCardTexts(messages, SITE, "ELAN"), pageSupport, messages);
        Channel tmall = mock(Channel.class);
        when(tmall.getName()).thenReturn("\u5929\u732b");
        when(campaign.getChannel()).thenReturn(tmall);
        when(campaign.getName()).thenReturn("Tmall cards");
        when(cardService.findCampaign(7L)).thenReturn(campaign);
        when(pageSupport.isAllowed(PackageCardCampaign.class, EntityOperationType.FETCH)).thenReturn(true);
        when(cardService.cardCode(eq(7L), org.mockito.ArgumentMatchers.<String>any()))
                .thenAnswer(call -> code(call.getArgument(1)));
        when(cardService.cardCodes(eq(7L), anyList())).thenAnswer(call -> {
            Map<String, String> codes = new LinkedHashMap<String, String>();
            for (Object orderNo : (List<?>) call.getArgument(1)) {
                codes.put((String) orderNo, code((String) orderNo));
            }
            return codes;
        });
    }

    @Test
    void shouldPrintThePastedOrdersCardsFourToAnA4Page() throws Exception {
        String view = controller.cards(7L, "TM1001\nTM1002, TM1003\n\nTM1004\uff0cTM1005", model,
                Locale.SIMPLIFIED_CHINESE, response);

        assertNull(view);
        assertEquals("application/pdf", response.getContentType());
        try (PDDocument sheet = PDDocument.load(response.getContentAsByteArray())) {
            assertEquals(2, sheet.getNumberOfPages());
            PDFRenderer pages = new PDFRenderer(sheet);
            BufferedImage first = pages.renderImageWithDPI(0, 200);
            int w = first.getWidth() / 2;
            int h = first.getHeight() / 2;
            assertEquals(url("TM1001"), decode(first.getSubimage(0, 0, w, h)));
            assertEquals(url("TM1002"), decode(first.getSubimage(w, 0, w, h)));
            assertEquals(url("TM1003"), decode(first.getSubimage(0, h, w, h)));
            assertEquals(url("TM1004"), decode(first.getSubimage(w, h, w, h)));
            BufferedImage second = pages.renderImageWithDPI(1, 200);
            assertEquals(url("TM1005"), decode(second.getSubimage(0, 0, second.getWidth() / 2, second.getHeight() / 2)));
        }
    }

    @Test
    void shouldShowTheLandingAddressOfASingleOrdersCard() throws Exception {
        String view = controller.cards(7L, "  TM1001 \n", model, Locale.US, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals("gc/packageCardPrint", model.get("viewType"));
        assertEquals(url("TM1001"), model.get("cardUrl"));
        assertEquals("TM1001", model.get("cardOrderNo"));
        assertEquals(0, response.getContentAsByteArray().length);
    }

    @Test
    void shouldDrawOneOrdersCardAsAPngWhoseCodeOpensItsPage() throws Exception {
        controller.card(7L, "TM1001", Locale.SIMPLIFIED_CHINESE, response);

        assertEquals("image/png", response.getContentType());
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertEquals(PackageCardRenderer.WIDTH, card.getWidth());
        assertEquals(url("TM1001"), decode(card));
    }

    @Test
    void shouldDrawTheCampaignsCardWithoutOrder() throws Exception {
        controller.card(7L, null, Locale.US, response);

        BufferedImage card = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertEquals(SITE + "/card/" + code(null), decode(card));
    }

    @Test
    void shouldRefuseAnEmptyPaste() throws Exception {
        assertRefused(" \n , ", "\u8bf7\u81f3\u5c11\u7c98\u8d34\u4e00\u4e2a\u8ba2\u5355\u53f7\u3002");
    }

    @Test
    void shouldRefuseAMalformedOrderNumberNamingIt() throws Exception {
        assertRefused("TM1001\nTM-1002", "\u201cTM-1002\u201d\u4e0d\u662f\u5361\u7247\u53ef\u627f\u8f7d\u7684\u8ba2\u5355"
                + "\u53f7\uff1a\u53ea\u80fd\u5305\u542b\u5b57\u6bcd\u3001\u6570\u5b57\u3001'_' \u548c '.'\uff0c\u6700\u591a 64"
                + " \u4f4d\u3002");
    }

    @Test
    void shouldRefuseMoreOrdersThanOneSheetRequestPrints() throws Exception {
        List<String> numbers = new ArrayList<String>();
        for (int i = 0; i <= CardOrderNumbers.MAX; i++) {
            numbers.add("TM" + i);
        }

        assertRefused(String.join("\n", numbers), "\u7c98\u8d34\u4e86 401 \u4e2a\u8ba2\u5355\u53f7\uff1b\u4e00\u6b21"
                + "\u6700\u591a\u6253\u5370 400 \u4e2a\u3002");
    }

    @Test
    void shouldRefuseAnAdminWhoMayNotReadCampaigns() throws Exception {
        when(pageSupport.isAllowed(PackageCardCampaign.class, EntityOperationType.FETCH)).thenReturn(false);

        assertNull(controller.cards(7L, "TM1001\nTM1002", model, Locale.US, response));
        assertEquals(403, response.getStatus());
        MockHttpServletResponse png = new MockHttpServletResponse();
        controller.card(7L, null, Locale.US, png);
        assertEquals(403, png.getStatus());
        verify(cardService, never()).cardCodes(anyLong(), anyList());
    }

    @Test
    void shouldAnswerAnUnknownCampaignWithNotFound() throws Exception {
        controller.cards(8L, "TM1001", model, Locale.US, response);

        assertEquals(404, response.getStatus());
    }

    private void assertRefused(String pasted, String message) throws Exception {
        String view = controller.cards(7L, pasted, model, Locale.SIMPLIFIED_CHINESE, response);

        assertEquals("modules/defaultContainer", view);
        assertEquals(message, model.get("errorMessage"));
        assertEquals(pasted, model.get("orders"));
        assertTrue(response.getContentAsByteArray().length == 0);
        verify(cardService, never()).cardCodes(anyLong(), anyList());
    }

    private static String code(String orderNo) {
        return "PC7-" + (orderNo == null ? "0" : orderNo) + "-0123456789abcdef";
    }

    private static String url(String orderNo) {
        return SITE + "/card/" + code(orderNo);
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = new EnumMap<DecodeHintType, Object>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        return new QRCodeReader().decode(bitmap, hints).getText();
    }
}
