package com.guidecommerce.demo;

import com.guidecommerce.core.channel.rule.EventSignature;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/** A running demo mall: its URLs, its log and a plain HTTP client that does not follow redirects. */
public final class DemoMall implements ExtensionContext.Store.CloseableResource {

    private final Process process;
    private final String siteUrl;
    private final String adminUrl;
    private final Path dataDir;
    private final DemoLog log;
    private final Https https;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    DemoMall(Process process, String siteUrl, String adminUrl, Path dataDir, DemoLog log, Https https) {
        this.process = process;
        this.siteUrl = siteUrl;
        this.adminUrl = adminUrl;
        this.dataDir = dataDir;
        this.log = log;
        this.https = https;
    }

    public String siteUrl() {
        return siteUrl;
    }

    public String adminUrl() {
        return adminUrl;
    }

    /** The launcher's {@code --data-dir}: the database files and what else the demo keeps between starts. */
    public Path dataDir() {
        return dataDir;
    }

    public DemoLog log() {
        return log;
    }

    /** The same two webapps over https, with the client that trusts their test certificate. */
    public Https https() {
        return https;
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

    /** The demo's https addresses. */
    public static final class Https {

        private final String siteUrl;
        private final String adminUrl;
        private final HttpClient http;

        Https(String siteUrl, String adminUrl, SSLContext tls) {
            this.siteUrl = siteUrl;
            this.adminUrl = adminUrl;
            this.http = HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        public String siteUrl() {
            return siteUrl;
        }

        public String adminUrl() {
            return adminUrl;
        }

        public HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
