package com.guidecommerce.demo;

import com.guidecommerce.core.channel.rule.EventSignature;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A running demo mall: its URLs and a plain HTTP client that does not follow redirects. */
public final class DemoMall implements ExtensionContext.Store.CloseableResource {

    private final Process process;
    private final String siteUrl;
    private final String adminUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    DemoMall(Process process, String siteUrl, String adminUrl) {
        this.process = process;
        this.siteUrl = siteUrl;
        this.adminUrl = adminUrl;
    }

    public String siteUrl() {
        return siteUrl;
    }

    public String adminUrl() {
        return adminUrl;
    }

    public HttpResponse<String> getSite(String path) throws IOException, InterruptedException {
        return get(siteUrl + path);
    }

    public HttpResponse<String> getAdmin(String path) throws IOException, InterruptedException {
        return get(adminUrl + path);
    }

    /** A POST of raw bytes to the storefront; {@code headers} are name, value, name, value, … */
    public HttpResponse<String> postSite(String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(siteUrl + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A channel's delivery to the storefront's channel API, signed with the secret as of now. */
    public HttpResponse<String> postChannelEvent(String channel, String secret, byte[] body)
            throws IOException, InterruptedException {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        return postSite("/api/gc/v1/channels/" + channel + "/events", body,
                "Content-Type", "application/json",
                "X-GC-Timestamp", timestamp,
                "X-GC-Signature", EventSignature.sign(secret, timestamp, body));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Kills the mall's JVM at once (SIGKILL): no shutdown hook, no request finished, no transaction committed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The demo mall's JVM outlived SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
