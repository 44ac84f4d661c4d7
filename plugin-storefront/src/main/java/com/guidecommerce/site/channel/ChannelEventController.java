package com.guidecommerce.site.channel;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.rule.ChannelSecrets;
import com.guidecommerce.core.channel.rule.EventSignature;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The channel ingest API: {@code POST /api/gc/v1/channels/{channelCode}/events}, one signed JSON event per request
 * (docs/channel-api.md). Only adapts HTTP: it bounds the body, finds the channel, checks the signature over the exact
 * bytes received, and hands the text to {@link ChannelIngestService}, which stores and processes it. Every answer is
 * JSON; nothing is stored for a request that is too large, for an unknown channel or without a valid signature, nor
 * while the plugin's secrets are placeholders (503: the channel sends it again later).
 */
@Controller
public class ChannelEventController {

    public static final String PATH = "/api/gc/v1/channels/{channelCode}/events";
    public static final String TIMESTAMP_HEADER = "X-GC-Timestamp";
    public static final String SIGNATURE_HEADER = "X-GC-Signature";

    private static final Log LOG = LogFactory.getLog(ChannelEventController.class);

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcChannelIngestService")
    protected ChannelIngestService ingestService;

    @Resource(name = "gcChannelApiLimits")
    protected ChannelApiLimits limits;

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public void receive(@PathVariable("channelCode") String channelCode, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        ApiAnswer answer;
        try {
            answer = answer(channelCode, request);
        } catch (RuntimeException e) {
            // The event may or may not be stored; the channel resends it and the natural key keeps that harmless.
            LOG.error("Channel API request for channel " + loggable(channelCode) + " failed", e);
            answer = ApiAnswer.failed();
        }
        answer.writeTo(response);
    }

    /** Any other method on the events address: a JSON 405 rather than the mall's error page. */
    @RequestMapping(value = PATH)
    public void otherMethod(HttpServletResponse response) throws IOException {
        ApiAnswer.methodNotAllowed().writeTo(response);
    }

    private ApiAnswer answer(String channelCode, HttpServletRequest request) {
        byte[] body;
        try {
            body = LimitedBody.read(request.getInputStream(), request.getContentLength(), limits.getMaxBodyBytes());
        } catch (IOException e) {
            LOG.warn("Could not read a channel API request for channel " + loggable(channelCode), e);
            return ApiAnswer.unreadableBody("could not be read");
        }
        if (body == null) {
            return ApiAnswer.tooLarge(limits.getMaxBodyBytes());
        }
        Channel channel = channelService.findByCode(channelCode);
        if (channel == null || !channel.isActive()) {
            return ApiAnswer.unknownChannel(channelCode);
        }
        if (!ChannelSecrets.hasSecret(channel)) {
            LOG.warn("Refused an event for channel " + channel.getCode() + ", which has no signing secret");
            return ApiAnswer.noSecret();
        }
        // The current secret, or the one a rotation replaced while its grace period lasts.
        EventSignature.Problem problem = ChannelSecrets.check(channel, request.getHeader(TIMESTAMP_HEADER),
                request.getHeader(SIGNATURE_HEADER), body, SystemTime.asMillis(), limits.getSignatureSkewSeconds());
        if (problem != null) {
            LOG.warn("Refused an event for channel " + channel.getCode() + " from " + request.getRemoteAddr() + ": "
                    + problem);
            return ApiAnswer.unauthorized(problem);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return ApiAnswer.unreadableBody("is not UTF-8 text");
        }
        IngestResult result;
        try {
            result = ingestService.ingest(channel, IngestSource.API, text);
        } catch (ChannelException e) {
            if (!e.isSecretsNotSet()) {
                throw e;
            }
            LOG.warn("Refused an event for channel " + channel.getCode() + ": " + e.getMessage());
            return ApiAnswer.secretsNotSet();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Channel " + channel.getCode() + " event " + result.getEventKey() + ": " + result.getStatus());
        }
        return ApiAnswer.of(result);
    }

    /** The caller's channel code, cut short and stripped of anything that could forge log lines. */
    private static String loggable(String channelCode) {
        String code = channelCode.length() > 40 ? channelCode.substring(0, 40) + "..." : channelCode;
        return code.replaceAll("[^\\p{Alnum}\\-_.]", "?");
    }
}
