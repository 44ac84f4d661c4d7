package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.rule.ChannelSecrets;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelSecretService;
import com.guidecommerce.core.channel.service.RotatedSecret;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * A channel's signing secret page, reached from the channel's screen: whether a secret is set (never the secret), until
 * when the replaced one still verifies, the rotations so far, and Rotate. A rotation's answer is the one place the new
 * secret is ever shown; it is not stored anywhere the admin can show it again. Seeing needs read access to channels,
 * rotating needs update access. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-channel/{id}/secret")
public class ChannelSecretController {

    static final String SECTION_KEY = "gc-channel";

    private final ChannelSecretService secretService;
    private final GenericEntityService entityService;
    private final AdminPageSupport pageSupport;

    public ChannelSecretController(ChannelSecretService secretService, GenericEntityService entityService,
                                   AdminPageSupport pageSupport) {
        this.secretService = secretService;
        this.entityService = entityService;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        Channel channel = channel(id, EntityOperationType.FETCH, response);
        return channel == null ? null : page(channel, model);
    }

    /**
     * @param version the secret version the page showed; a second submission of the same page is refused rather than
     *                rotating again (which would end the grace period of the secret the channel still uses)
     */
    @RequestMapping(method = RequestMethod.POST)
    public String rotate(@PathVariable("id") Long id, @RequestParam("version") int version,
                         @RequestParam(value = "endPreviousNow", defaultValue = "false") boolean endPreviousNow, Model model,
                         HttpServletResponse response) throws IOException {
        Channel channel = channel(id, EntityOperationType.UPDATE, response);
        if (channel == null) {
            return null;
        }
        response.setHeader("Cache-Control", "no-store");
        try {
            RotatedSecret rotated = secretService.rotate(id, version, endPreviousNow, pageSupport.currentLogin());
            model.addAttribute("rotated", rotated);
        } catch (ChannelException e) {
            model.addAttribute("errorKey", "gcChannelSecret_error_" + e.getCode());
        }
        return page(channel(id), model);
    }

    private String page(Channel channel, Model model) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/channelSecret");
        model.addAttribute("channelId", channel.getId());
        model.addAttribute("channelCode", channel.getCode());
        model.addAttribute("channelName", channel.getName());
        model.addAttribute("hasSecret", ChannelSecrets.hasSecret(channel));
        model.addAttribute("version", channel.getSecretVersion());
        model.addAttribute("previousValid", ChannelSecrets.previousValid(channel, SystemTime.asMillis()));
        model.addAttribute("previousValidUntil", channel.getPreviousSecretValidUntil());
        model.addAttribute("graceHours", secretService.getGraceHours());
        model.addAttribute("rotations", secretService.findRotations(channel.getId()));
        model.addAttribute("canChange", pageSupport.isAllowed(Channel.class, EntityOperationType.UPDATE));
        return "modules/defaultContainer";
    }

    private Channel channel(Long id) {
        return (Channel) entityService.readGenericEntity(Channel.class.getName(), id);
    }

    /** The channel, or {@code null} after answering 404 or 403. */
    private Channel channel(Long id, EntityOperationType needed, HttpServletResponse response) throws IOException {
        Channel channel = channel(id);
        if (channel == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!pageSupport.isAllowed(Channel.class, needed)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return channel;
    }
}
