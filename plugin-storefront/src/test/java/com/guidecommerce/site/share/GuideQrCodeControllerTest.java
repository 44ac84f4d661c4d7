package com.guidecommerce.site.share;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.web.BaseUrlResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.annotation.Resource;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@ExtendWith(BroadleafContextExtension.class)
class GuideQrCodeControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "blBaseUrlResolver")
    BaseUrlResolver baseUrlResolver;

    private SiteFixtures fixtures;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new GuideQrCodeController())).build();
    }

    @Test
    void shouldEncodeTheAbsoluteLandingAddressOfTheGuide() throws Exception {
        Guide guide = fixtures.activeGuide();

        MockHttpServletResponse response = mvc.perform(get("/g/" + guide.getGuideCode() + "/qr.png")).andReturn()
                .getResponse();

        assertEquals(200, response.getStatus());
        assertEquals("image/png", response.getContentType());
        assertEquals(baseUrlResolver.getSiteBaseUrl() + "/g/" + guide.getGuideCode(), decode(response.getContentAsByteArray()));
    }

    @Test
    void shouldLetBrowsersKeepTheImageForAnHour() throws Exception {
        Guide guide = fixtures.activeGuide();

        MockHttpServletResponse response = mvc.perform(get("/g/" + guide.getGuideCode() + "/qr.png")).andReturn()
                .getResponse();

        assertEquals("public, max-age=3600", response.getHeader("Cache-Control"));
    }

    @Test
    void shouldDrawTheRequestedSize() throws Exception {
        Guide guide = fixtures.activeGuide();

        byte[] png = mvc.perform(get("/g/" + guide.getGuideCode() + "/qr.png").param("size", "200")).andReturn()
                .getResponse().getContentAsByteArray();

        assertEquals(200, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void shouldAnswerAnUnknownGuideWithNotFound() throws Exception {
        assertEquals(404, mvc.perform(get("/g/NOBODY/qr.png")).andReturn().getResponse().getStatus());
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
