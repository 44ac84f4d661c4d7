package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.share.QrCodeRenderer;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The QR code of a campaign's landing page, for those allowed to read campaigns. */
class PackageCardQrControllerTest {

    private final PackageCardService cardService = mock(PackageCardService.class);
    private final AdminPageSupport pageSupport = mock(AdminPageSupport.class);
    private final QrCodeRenderer renderer = new QrCodeRenderer();
    private final PackageCardQrController controller = new PackageCardQrController(cardService, renderer,
            pageSupport, "https://mall.example.com");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void shouldDrawTheQrCodeOfTheCampaignsLandingPage() throws Exception {
        when(cardService.findCampaign(7L)).thenReturn(mock(PackageCardCampaign.class));
        when(cardService.cardCode(7L, null)).thenReturn("PC7-0-0123456789abcdef");
        when(pageSupport.isAllowed(PackageCardCampaign.class, EntityOperationType.FETCH)).thenReturn(true);

        controller.qr(7L, response);

        assertEquals("image/png", response.getContentType());
        assertArrayEquals(renderer.png("https://mall.example.com/card/PC7-0-0123456789abcdef",
                PackageCardQrController.SIZE), response.getContentAsByteArray());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertEquals(PackageCardQrController.SIZE, image.getWidth());
    }

    @Test
    void shouldRefuseAnAdminWhoMayNotReadCampaigns() throws Exception {
        when(cardService.findCampaign(7L)).thenReturn(mock(PackageCardCampaign.class));

        controller.qr(7L, response);

        assertEquals(403, response.getStatus());
    }

    @Test
    void shouldAnswerAnUnknownCampaignWithNotFound() throws Exception {
        controller.qr(8L, response);

        assertEquals(404, response.getStatus());
    }
}
