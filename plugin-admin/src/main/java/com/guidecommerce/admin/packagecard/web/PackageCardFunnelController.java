package com.guidecommerce.admin.packagecard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.common.time.StoreTimeZones;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.service.CampaignFunnel;
import com.guidecommerce.core.packagecard.service.PackageCardFunnel;
import com.guidecommerce.core.packagecard.service.PackageCardService;
import com.guidecommerce.core.packagecard.service.ReferenceRates;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The package-card funnel page under Private domain, {@code /gc-package-card-funnel}: for a campaign and a range of
 * days in the mall's zone ({@code gc.default.timezone}), the stages in order with their counts, the conversion rates
 * beside the bands brands report ({@link ReferenceRates}), a funnel chart (ECharts) and the breakdown by channel and
 * store, which {@code /gc-package-card-funnel/funnel.csv} downloads. A request it cannot answer (unknown campaign,
 * unreadable days, from after to) gets the page with a message; such a CSV request is sent to the page. Needs "View
 * Package Card Funnel" (READ on {@link PackageCardFunnel}). Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + PackageCardFunnelController.SECTION_KEY)
public class PackageCardFunnelController {

    static final String SECTION_KEY = "gc-package-card-funnel";
    static final String CSV_FILE = "funnel.csv";

    private final PackageCardService cards;
    private final PackageCardFunnel funnel;
    private final ReferenceRates references;
    private final AdminPageSupport pageSupport;
    private final MessageSource messages;
    private final StoreTimeZones timeZones;
    private final ObjectMapper json = new ObjectMapper();

    public PackageCardFunnelController(PackageCardService cards, PackageCardFunnel funnel, ReferenceRates references,
                                       AdminPageSupport pageSupport, MessageSource messages,
                                       StoreTimeZones timeZones) {
        this.cards = cards;
        this.funnel = funnel;
        this.references = references;
        this.pageSupport = pageSupport;
        this.messages = messages;
        this.timeZones = timeZones;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "campaign", required = false) String campaign,
                       @RequestParam(value = "from", required = false) String from,
                       @RequestParam(value = "to", required = false) String to, Model model, Locale locale,
                       HttpServletResponse response) throws IOException {
        if (!canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return page(read(campaign, from, to), model, locale);
    }

    /**
     * The breakdown as CSV. A request the page would refuse is sent to the page with the same parameters, which says
     * why.
     */
    @RequestMapping(value = "/" + CSV_FILE, method = RequestMethod.GET)
    public void csv(@RequestParam(value = "campaign", required = false) String campaign,
                    @RequestParam(value = "from", required = false) String from,
                    @RequestParam(value = "to", required = false) String to, Locale locale,
                    HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        FunnelRequest asked = read(campaign, from, to);
        if (!asked.isShowable()) {
            response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + "/" + SECTION_KEY)
                    .queryParam("campaign", nullToEmpty(campaign)).queryParam("from", nullToEmpty(from))
                    .queryParam("to", nullToEmpty(to)).build().encode().toUriString());
            return;
        }
        FunnelView.Words words = words(locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CSV_FILE + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        FunnelCsv.write(asked.getCampaign().getName(), days(asked), view(asked, words), words, out);
        out.flush();
    }

    private String page(FunnelRequest request, Model model, Locale locale) throws IOException {
        FunnelView.Words words = words(locale);
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/packageCardFunnel");
        model.addAttribute("campaigns", cards.findCampaigns());
        model.addAttribute("zoneName", zone().getId());
        model.addAttribute("campaign", request.getCampaign());
        model.addAttribute("from", request.getFrom());
        model.addAttribute("to", request.getTo());
        if (request.getErrorKey() != null) {
            model.addAttribute("error", words.text(request.getErrorKey()));
        }
        if (request.isShowable()) {
            FunnelView view = view(request, words);
            model.addAttribute("funnel", view);
            model.addAttribute("chartJson", json.writeValueAsString(chart(view)));
            model.addAttribute("chartLocale", Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "ZH" : "EN");
        }
        return "modules/defaultContainer";
    }

    private FunnelRequest read(String campaign, String from, String to) {
        ZoneId zone = zone();
        return FunnelRequest.read(campaign, from, to, cards.findCampaigns(), zone,
                Instant.ofEpochMilli(SystemTime.asMillis()).atZone(zone).toLocalDate());
    }

    /** The funnel over the request's days, the last one included, as the mall's zone counts them. */
    private FunnelView view(FunnelRequest request, FunnelView.Words words) {
        PackageCardCampaign campaign = request.getCampaign();
        CampaignFunnel figures = funnel.figures(campaign.getId(), startOf(request.getFrom()),
                startOf(request.getTo().plusDays(1)));
        return FunnelView.of(figures, campaign.getChannel().getCode(), references, words);
    }

    private String days(FunnelRequest request) {
        return request.getFrom() + " \u2013 " + request.getTo() + " (" + zone().getId() + ")";
    }

    /** The funnel chart's data: one entry per stage, its label and count. */
    private static List<Map<String, Object>> chart(FunnelView view) {
        List<Map<String, Object>> stages = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < view.getStageLabels().size(); i++) {
            Map<String, Object> stage = new LinkedHashMap<String, Object>();
            stage.put("name", view.getStageLabels().get(i));
            stage.put("value", view.getTotal().getCounts().get(i));
            stages.add(stage);
        }
        return stages;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone()).toInstant());
    }

    private ZoneId zone() {
        return timeZones.getDefaultZone();
    }

    private boolean canView() {
        return pageSupport.isAllowed(PackageCardFunnel.class, EntityOperationType.FETCH);
    }

    private FunnelView.Words words(final Locale locale) {
        return new FunnelView.Words() {
            @Override
            public String text(String messageKey) {
                return messages.getMessage(messageKey, null, locale);
            }
        };
    }
}
