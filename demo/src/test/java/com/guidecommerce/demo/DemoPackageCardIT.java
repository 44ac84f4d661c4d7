package com.guidecommerce.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's package-card campaign as HQ and a buyer meet it: the walkthrough buyer's two orders wait unmatched, HQ
 * gets the later order's card address from the campaign's "cards for orders" page, and the card's page names the
 * campaign, the store SZ002 and its manager.
 */
@ExtendWith(RunningDemoMall.class)
class DemoPackageCardIT {

    private static final Pattern CAMPAIGN_ROW = Pattern.compile("data-link=\"/gc-package-card/(\\d+)\"");
    private static final Pattern CARD_URL = Pattern.compile("<a[^>]*id=\"gc-card-order-url\"[^>]*href=\"([^\"]+)\"");

    @Test
    void shouldPrintTheWalkthroughBuyersCardWhosePageNamesTheStoresGuide(DemoMall mall) throws Exception {
        WebSession hq = admin(mall);
        for (String orderNo : List.of("4071938277201", "4071938277202")) {
            assertTrue(hq.get(mall.adminUrl() + "/gc-unmatched-order?orderNo=" + orderNo).body()
                    .contains(orderNo), orderNo + " waits in the unmatched queue");
        }
        HttpResponse<String> campaigns = hq.get(mall.adminUrl() + "/gc-package-card");
        assertTrue(campaigns.body().contains("天猫包裹卡 · 深圳海岸城店"));
        Matcher row = CAMPAIGN_ROW.matcher(campaigns.body());
        assertTrue(row.find(), "the campaign's row");
        String cards = mall.adminUrl() + "/gc-package-card/" + row.group(1) + "/cards";

        HttpResponse<String> printed = hq.post(cards, List.of("orders", "4071938277202",
                "csrfToken", WebSession.formToken(hq.get(cards).body())));

        assertEquals(200, printed.statusCode());
        Matcher url = CARD_URL.matcher(printed.body());
        assertTrue(url.find(), "the card's address: " + between(printed.body(), "gc-card-print-title", "gc-card-orders-form"));
        assertTrue(url.group(1).startsWith(mall.siteUrl() + "/card/PC" + row.group(1) + "-4071938277202-"));
        HttpResponse<String> card = new WebSession().get(url.group(1));
        assertEquals(200, card.statusCode());
        assertTrue(card.body().contains("天猫包裹卡 · 深圳海岸城店"));
        assertTrue(card.body().contains("黄诗琪") && card.body().contains("深圳海岸城店"), "the store's manager");
        assertTrue(card.body().contains("4071938277202"));
    }

    private static WebSession admin(DemoMall mall) throws Exception {
        WebSession admin = new WebSession();
        HttpResponse<String> loginPage = admin.get(mall.adminUrl() + "/login");
        HttpResponse<String> signedIn = admin.post(mall.adminUrl() + "/login_admin_post", List.of("j_username",
                "admin", "j_password", "admin", "csrfToken", WebSession.formToken(loginPage.body())));
        assertEquals(302, signedIn.statusCode());
        return admin;
    }

    private static String between(String text, String from, String to) {
        int start = Math.max(0, text.indexOf(from));
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? Math.min(text.length(), start + 2000) : end);
    }
}
