package com.guidecommerce.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo mall over plain HTTP: both webapps are up, the demo data is loaded, the plugin's page is served. */
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

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
