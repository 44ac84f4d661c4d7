package com.guidecommerce.demo;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo mall over plain HTTP: both webapps are up, the demo data is loaded, the plugin's pages are served. */
@ExtendWith(RunningDemoMall.class)
class DemoMallIT {

    @Test
    void shouldServeTheHomePageWithTheDemoCatalog(DemoMall mall) throws Exception {
        HttpResponse<String> home = mall.getSite("/");

        assertEquals(200, home.statusCode());
        assertEquals(12, count(home.body(), "class=\"product-card\""));
        assertTrue(home.body().contains("连衣裙"), "the Chinese category names are shown by default");
    }

    @Test
    void shouldServeEnglishNamesThroughBroadleafTranslations(DemoMall mall) throws Exception {
        HttpResponse<String> home = mall.getSite("/?blLocaleCode=en_US");

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Linen Belted Midi Dress"));
        assertTrue(home.body().contains("Dresses"));
    }

    @Test
    void shouldListEveryDemoStoreOnThePluginStoreDirectory(DemoMall mall) throws Exception {
        HttpResponse<String> stores = mall.getSite("/stores");

        assertEquals(200, stores.statusCode());
        assertEquals(6, count(stores.body(), "data-store-code="));
        assertTrue(stores.body().contains("华东区") && stores.body().contains("华南区"));
    }

    @Test
    void shouldDressPluginPagesInTheMallsOwnLayout(DemoMall mall) throws Exception {
        HttpResponse<String> stores = mall.getSite("/stores");

        assertTrue(stores.body().contains("href=\"/css/site.css\""), "the mall's stylesheet is in the plugin page's head");
    }

    @Test
    void shouldShowTheGuideAndTheirStoreOnTheLandingPageOfTheirQrCode(DemoMall mall) throws Exception {
        HttpResponse<String> landing = mall.getSite("/g/G0001");

        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("林晓雯"));
        assertTrue(landing.body().contains("上海南京西路旗舰店") && landing.body().contains("021-62881001"));
        assertTrue(landing.body().contains("/register?successUrl=%2Fg%2FG0001"), "an anonymous visitor is invited to register");
        assertTrue(landing.body().contains("src=\"/g/G0001/qr.png\""), "the page shows its own QR code");
    }

    @Test
    void shouldAnswerAnUnknownGuideCodeWithAClearNotFoundPage(DemoMall mall) throws Exception {
        HttpResponse<String> missing = mall.getSite("/g/NOPE");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("未找到该导购"));
        assertTrue(!missing.body().contains("Exception"), "no stack trace reaches the shopper");
    }

    @Test
    void shouldServeTheGuidesQrCodeAsAnImageOfTheLandingAddress(DemoMall mall) throws Exception {
        HttpResponse<byte[]> qr = getBytes(mall, "/g/G0001/qr.png");

        assertEquals(200, qr.statusCode());
        assertEquals("image/png", qr.headers().firstValue("Content-Type").orElse(""));
        assertEquals("public, max-age=3600", qr.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(mall.siteUrl() + "/g/G0001", decodeQr(qr.body()));
    }

    @Test
    void shouldAnswerTheQrCodeOfAnUnknownGuideWithNotFound(DemoMall mall) throws Exception {
        assertEquals(404, getBytes(mall, "/g/NOPE/qr.png").statusCode());
    }

    @Test
    void shouldSendAnonymousVisitorsOfTheGuideWorkbenchToTheLoginPage(DemoMall mall) throws Exception {
        HttpResponse<String> workbench = mall.getSite("/guide");

        assertEquals(302, workbench.statusCode());
        assertTrue(workbench.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void shouldTellTheShopperThatATamperedShareLinkIsNotValid(DemoMall mall) throws Exception {
        HttpResponse<String> home = mall.getSite("/?gc=G0001-0000000000000000");

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"gc-share-notice\""));
        assertTrue(home.body().contains("分享链接无效"));
    }

    @Test
    void shouldAnswerAnUnknownProductWithAFriendlyNotFoundPage(DemoMall mall) throws Exception {
        HttpResponse<String> missing = mall.getSite("/product/987654321");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("页面不存在"));
    }

    @Test
    void shouldAnswerAnUnknownAddressWithTheSameFriendlyPage(DemoMall mall) throws Exception {
        HttpResponse<String> missing = mall.getSite("/no/such/page");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("页面不存在"));
        assertTrue(!missing.body().contains("Exception"), "no stack trace reaches the shopper");
    }

    @Test
    void shouldSendAnonymousShoppersToTheLoginPageAtCheckout(DemoMall mall) throws Exception {
        HttpResponse<String> checkout = mall.getSite("/checkout");

        assertEquals(302, checkout.statusCode());
        assertTrue(checkout.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void shouldServeTheAdminLoginPage(DemoMall mall) throws Exception {
        HttpResponse<String> login = mall.getAdmin("/login");

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_username"));
    }

    private static HttpResponse<byte[]> getBytes(DemoMall mall, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mall.siteUrl() + path)).timeout(Duration.ofSeconds(30))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
