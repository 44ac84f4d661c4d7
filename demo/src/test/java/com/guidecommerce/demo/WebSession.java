package com.guidecommerce.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor of the demo mall over plain HTTP: keeps the cookies it is given (and only those, so a test can also
 * hand it someone else's), sends forms, follows no redirects.
 */
final class WebSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<String, String>();

    HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        return send(request(url, headers).GET());
    }

    /** A form POST; {@code fields} are name, value, name, value, … */
    HttpResponse<String> post(String url, List<String> fields, String... headers)
            throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i < fields.size(); i += 2) {
            body.add(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return send(request(url, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void cookie(String name, String value) {
        cookies.put(name, value);
    }

    /** The Set-Cookie headers of a response for one cookie, as sent. */
    static List<String> setCookies(HttpResponse<?> response, String name) {
        List<String> found = new ArrayList<String>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                found.add(header);
            }
        }
        return found;
    }

    /** The CSRF token of the first form of a page. */
    static String formToken(String html) {
        Matcher token = FORM_TOKEN.matcher(html);
        if (!token.find()) {
            throw new AssertionError("no form token on the page");
        }
        return token.group(1);
    }

    private HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            StringJoiner cookie = new StringJoiner("; ");
            cookies.forEach((name, value) -> cookie.add(name + "=" + value));
            request.header("Cookie", cookie.toString());
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return response;
    }
}
