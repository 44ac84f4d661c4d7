package com.guidecommerce.site.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.channel.rule.EventSignature;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.IngestResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * One answer of the channel API: an HTTP status and a small JSON object whose {@code status} field a channel acts on.
 * Every answer, errors included, is JSON (docs/channel-api.md lists them), never a page of the mall.
 */
final class ApiAnswer {

    static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest channel code echoed back; the path segment is the caller's text. */
    private static final int MAX_ECHOED_CODE = 64;

    private final int httpStatus;
    private final Map<String, Object> body = new LinkedHashMap<String, Object>();

    private ApiAnswer(int httpStatus, String status) {
        this.httpStatus = httpStatus;
        body.put("status", status);
    }

    /** 200 for an accepted event or a duplicate, 400 for a rejected one, 500 for one stored but not applied. */
    static ApiAnswer of(IngestResult result) {
        switch (result.getStatus()) {
            case FAILED:
                // The reason names our tables and code: it is for HQ (Channel events) and the log, not the caller.
                return new ApiAnswer(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "FAILED")
                        .with("eventId", result.getEventId()).with("eventKey", result.getEventKey())
                        .with("reason", "the event is stored but could not be applied because of a fault on our side;"
                                + " sending it again is safe");
            case ACCEPTED:
                return new ApiAnswer(HttpServletResponse.SC_OK, "ACCEPTED").with("eventId", result.getEventId())
                        .with("eventKey", result.getEventKey()).with("outcome", result.getOutcome().name())
                        .with("entries", result.getEntriesWritten());
            case DUPLICATE:
                return new ApiAnswer(HttpServletResponse.SC_OK, "DUPLICATE").with("eventId", result.getEventId())
                        .with("eventKey", result.getEventKey());
            default:
                ApiAnswer rejected = new ApiAnswer(HttpServletResponse.SC_BAD_REQUEST, "REJECTED")
                        .with("eventId", result.getEventId());
                if (result.getEventKey() != null) {
                    rejected.with("eventKey", result.getEventKey());
                }
                return rejected.with("errors", errors(result.getErrors()));
        }
    }

    static ApiAnswer unauthorized(EventSignature.Problem problem) {
        return new ApiAnswer(HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED").with("reason", problem.name());
    }

    /** The channel exists but has no signing secret, so nothing it sends can be authentic. */
    static ApiAnswer noSecret() {
        return new ApiAnswer(HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED").with("reason", "NO_SECRET");
    }

    static ApiAnswer unknownChannel(String channelCode) {
        String echoed = channelCode.length() > MAX_ECHOED_CODE ? channelCode.substring(0, MAX_ECHOED_CODE) : channelCode;
        return new ApiAnswer(HttpServletResponse.SC_NOT_FOUND, "UNKNOWN_CHANNEL").with("channel", echoed);
    }

    static ApiAnswer tooLarge(int limitBytes) {
        return new ApiAnswer(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "TOO_LARGE").with("limitBytes", limitBytes);
    }

    /** A body that is not UTF-8 text cannot be stored as the raw payload it is, so it is refused unstored. */
    static ApiAnswer unreadableBody(String reason) {
        return new ApiAnswer(HttpServletResponse.SC_BAD_REQUEST, "REJECTED").with("eventId", null)
                .with("errors", Collections.singletonList(error("body", reason)));
    }

    /**
     * The mall takes no events until HQ sets its secrets (gc.share.secret, gc.identity.phoneSalt); nothing was
     * stored. The reason names no property: the caller is a channel, the details are in the mall's log.
     */
    static ApiAnswer secretsNotSet() {
        return new ApiAnswer(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "UNAVAILABLE")
                .with("reason", ChannelException.SECRETS_NOT_SET)
                .with("message", "the mall does not take channel events until its operator configures its secrets;"
                        + " nothing was stored, send the event again later");
    }

    static ApiAnswer methodNotAllowed() {
        return new ApiAnswer(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED").with("allow", "POST");
    }

    /** Something failed on our side; the channel should send the same event again later (it is idempotent). */
    static ApiAnswer failed() {
        return new ApiAnswer(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "ERROR")
                .with("reason", "the event could not be processed; send it again later");
    }

    int getHttpStatus() {
        return httpStatus;
    }

    Map<String, Object> getBody() {
        return Collections.unmodifiableMap(body);
    }

    void writeTo(HttpServletResponse response) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        response.setStatus(httpStatus);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        if (httpStatus == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", "POST");
        }
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private ApiAnswer with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    private static List<Map<String, String>> errors(List<FieldError> errors) {
        List<Map<String, String>> list = new ArrayList<Map<String, String>>(errors.size());
        for (FieldError error : errors) {
            list.add(error(error.getField(), error.getReason()));
        }
        return list;
    }

    private static Map<String, String> error(String field, String reason) {
        Map<String, String> error = new LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("reason", reason);
        return error;
    }
}
