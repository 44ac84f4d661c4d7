package com.guidecommerce.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web hygiene of both webapps of the running demo mall, over plain HTTP: session ids at login, session cookies,
 * security and caching headers, expired forms, and error pages that never show a stack trace.
 */
@ExtendWith(RunningDemoMall.class)
class DemoWebHygieneIT {

    private static final String SITE_COOKIE = "GCSITESESSION";
    private static final String ADMIN_COOKIE = "GCADMINSESSION";
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (com|org|java|sun)\\.|\\w+(Exception|Error)\\b|\\.java:\\d+");
    private static final Pattern REFERENCE = Pattern.compile("GC-[2-9A-HJ-NP-Z]{10}");

    @Test
    void shouldGiveTheGuideANewSessionIdAtLoginSoAnIdKnownBeforeOpensNothing(DemoMall mall) throws Exception {
        WebSession guide = new WebSession();
        HttpResponse<String> loginPage = guide.get(mall.siteUrl() + "/login");
        String before = guide.cookie(SITE_COOKIE);

        HttpResponse<String> login = guide.post(mall.siteUrl() + "/login_post", List.of("j_username", "g0001",
                "j_password", "demo1234", "csrfToken", WebSession.formToken(loginPage.body())));

        assertEquals(302, login.statusCode());
        assertNotNull(before);
        assertNotEquals(before, guide.cookie(SITE_COOKIE));
        assertEquals(200, guide.get(mall.siteUrl() + "/guide").statusCode());
        WebSession fixated = new WebSession();
        fixated.cookie(SITE_COOKIE, before);
        HttpResponse<String> workbench = fixated.get(mall.siteUrl() + "/guide");
        assertEquals(302, workbench.statusCode());
        assertTrue(workbench.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void shouldGiveTheAdminANewSessionIdAtLogin(DemoMall mall) throws Exception {
        WebSession admin = new WebSession();
        HttpResponse<String> loginPage = admin.get(mall.adminUrl() + "/login");
        String before = admin.cookie(ADMIN_COOKIE);

        adminLogin(mall, admin, loginPage);

        assertNotNull(before);
        assertNotEquals(before, admin.cookie(ADMIN_COOKIE));
        WebSession fixated = new WebSession();
        fixated.cookie(ADMIN_COOKIE, before);
        assertTrue(fixated.get(mall.adminUrl() + "/gc-store").body().contains("j_username"), "the login form, not the stores");
    }

    @Test
    void shouldMarkBothSessionCookiesHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp(DemoMall mall) throws Exception {
        for (String[] app : new String[][] {{mall.siteUrl(), SITE_COOKIE}, {mall.adminUrl(), ADMIN_COOKIE}}) {
            List<String> cookies = WebSession.setCookies(new WebSession().get(app[0] + "/login"), app[1]);

            assertEquals(1, cookies.size(), app[1]);
            String cookie = cookies.get(0);
            assertTrue(cookie.contains("; HttpOnly"), cookie);
            assertTrue(cookie.contains("; SameSite=Lax"), cookie);
            assertFalse(cookie.contains("Secure"), "the demo is served over http: " + cookie);
        }
    }

    @Test
    void shouldAddTheSecureFlagToBothSessionCookiesOverHttps(DemoMall mall) throws Exception {
        for (String[] app : new String[][] {{mall.https().siteUrl(), SITE_COOKIE}, {mall.https().adminUrl(), ADMIN_COOKIE}}) {
            List<String> cookies = WebSession.setCookies(mall.https().get(app[0] + "/login"), app[1]);

            assertEquals(1, cookies.size(), app[1]);
            String cookie = cookies.get(0);
            assertTrue(cookie.contains("; Secure"), cookie);
            assertTrue(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Lax"), cookie);
        }
    }

    @Test
    void shouldSendTheSecurityHeadersWithStorefrontPagesFilesAndErrorPages(DemoMall mall) throws Exception {
        WebSession shopper = new WebSession();
        for (String path : new String[] {"/", "/stores", "/g/G0001", "/css/site.css", "/g/G0001/qr.png",
                "/no/such/page", "/api/gc/v1/channels/TMALL/events"}) {
            assertSecurityHeaders(shopper.get(mall.siteUrl() + path), path);
        }
    }

    @Test
    void shouldSendTheSecurityHeadersWithAdminPagesFilesAndErrorPages(DemoMall mall) throws Exception {
        WebSession admin = signedInAdmin(mall);
        for (String path : new String[] {"/login", "/gc-store", "/css/admin/blc-admin.css",
                "/img/admin/blc-logo-150.png", "/gc-guide/abc"}) {
            assertSecurityHeaders(admin.get(mall.adminUrl() + path), path);
        }
    }

    @Test
    void shouldForbidCachingTheGuidesWorkbench(DemoMall mall) throws Exception {
        WebSession guide = signedInShopper(mall, "g0001");

        HttpResponse<String> workbench = guide.get(mall.siteUrl() + "/guide");

        assertEquals(200, workbench.statusCode());
        assertEquals("no-store", workbench.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void shouldForbidCachingAdminPagesButNotTheAdminsStaticFiles(DemoMall mall) throws Exception {
        WebSession admin = signedInAdmin(mall);

        assertEquals("no-store", admin.get(mall.adminUrl() + "/gc-store").headers().firstValue("Cache-Control")
                .orElse(""));
        assertFalse(admin.get(mall.adminUrl() + "/css/admin/blc-admin.css").headers().firstValue("Cache-Control")
                .orElse("").contains("no-store"));
    }

    @Test
    void shouldAnswerAStorefrontFormWithoutItsTokenWithTheFormExpiredPage(DemoMall mall) throws Exception {
        WebSession shopper = new WebSession();
        shopper.get(mall.siteUrl() + "/login");

        HttpResponse<String> expired = shopper.post(mall.siteUrl() + "/login_post",
                List.of("j_username", "g0001", "j_password", "demo1234"), "Referer", mall.siteUrl() + "/login");

        assertEquals(403, expired.statusCode());
        assertTrue(expired.body().contains("id=\"gc-form-expired-title\""));
        assertTrue(expired.body().contains("表单已过期"));
        assertTrue(expired.body().contains("href=\"/css/site.css\""), "in the mall's own chrome");
        assertTrue(expired.body().contains("id=\"gc-form-expired-back\" class=\"button primary\" href=\"/login\""));
        assertNoStackTrace(expired);
        assertEquals(302, shopper.get(mall.siteUrl() + "/guide").statusCode(), "nobody was signed in");
    }

    @Test
    void shouldAnswerAnAdminFormWithoutItsTokenWithTheFormExpiredPage(DemoMall mall) throws Exception {
        WebSession admin = signedInAdmin(mall);

        HttpResponse<String> expired = admin.post(mall.adminUrl() + "/gc-member-review", List.of(),
                "Referer", mall.adminUrl() + "/gc-member-review");

        assertEquals(403, expired.statusCode());
        assertTrue(expired.body().contains("id=\"gc-error-title\""));
        assertTrue(expired.body().contains("href=\"/css/admin/blc-admin.css\""), "in Broadleaf's admin look");
        assertTrue(expired.body().contains("id=\"gc-error-back\" href=\"/gc-member-review\""));
        assertNoStackTrace(expired);
    }

    @Test
    void shouldAnswerANonNumericGuideIdWithANotFoundPageAndAReferenceInTheLog(DemoMall mall) throws Exception {
        HttpResponse<String> page = signedInAdmin(mall).get(mall.adminUrl() + "/gc-guide/abc");

        assertEquals(404, page.statusCode());
        assertNoStackTrace(page);
        assertTrue(mall.log().awaitLine(reference(page), 10), "support finds the reference in the log");
    }

    @Test
    void shouldAnswerAnUnknownLedgerEntryOnTheExplainPageWithANotFoundPage(DemoMall mall) throws Exception {
        HttpResponse<String> page = signedInAdmin(mall).get(mall.adminUrl() + "/gc-commission-entry/987654321/explain");

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("data-status=\"404\""));
        assertNoStackTrace(page);
        assertTrue(mall.log().awaitLine(reference(page), 10));
    }

    @Test
    void shouldAnswerAnUnknownRecordOfABroadleafSectionWithANotFoundPage(DemoMall mall) throws Exception {
        HttpResponse<String> page = signedInAdmin(mall).get(mall.adminUrl() + "/gc-guide/987654321");

        assertEquals(404, page.statusCode());
        assertNoStackTrace(page);
    }

    @Test
    void shouldShowAFailureInTheAdminWithAReferenceLoggedWithTheException(DemoMall mall) throws Exception {
        // Broadleaf's entity screen fails on a custom page's section key with a NullPointerException.
        HttpResponse<String> page = signedInAdmin(mall).get(mall.adminUrl() + "/gc-settlement/abc");

        assertEquals(500, page.statusCode());
        assertNoStackTrace(page);
        String reference = reference(page);
        assertTrue(mall.log().awaitLine("GET /gc-settlement/abc failed [error reference " + reference + "]", 10));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, String path) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(""), path);
        assertEquals("frame-ancestors 'self'", response.headers().firstValue("Content-Security-Policy").orElse(""), path);
        assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        Matcher trace = STACK_TRACE.matcher(response.body());
        assertFalse(trace.find(), () -> "no stack trace reaches the user, found: " + trace.group());
    }

    private static String reference(HttpResponse<String> page) {
        Matcher reference = REFERENCE.matcher(page.body());
        assertTrue(reference.find(), "the page shows a reference for support");
        return reference.group();
    }

    private static WebSession signedInShopper(DemoMall mall, String login) throws Exception {
        WebSession shopper = new WebSession();
        HttpResponse<String> loginPage = shopper.get(mall.siteUrl() + "/login");
        HttpResponse<String> signedIn = shopper.post(mall.siteUrl() + "/login_post", List.of("j_username", login,
                "j_password", "demo1234", "csrfToken", WebSession.formToken(loginPage.body())));
        assertEquals(302, signedIn.statusCode());
        return shopper;
    }

    private static WebSession signedInAdmin(DemoMall mall) throws Exception {
        WebSession admin = new WebSession();
        adminLogin(mall, admin, admin.get(mall.adminUrl() + "/login"));
        return admin;
    }

    private static void adminLogin(DemoMall mall, WebSession admin, HttpResponse<String> loginPage) throws Exception {
        HttpResponse<String> signedIn = admin.post(mall.adminUrl() + "/login_admin_post", List.of("j_username", "admin",
                "j_password", "admin", "csrfToken", WebSession.formToken(loginPage.body())));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/loginSuccess"));
    }
}
