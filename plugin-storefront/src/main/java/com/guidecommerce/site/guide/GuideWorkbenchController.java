package com.guidecommerce.site.guide;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.GuideBoard;
import com.guidecommerce.core.board.service.GuideRanks;
import com.guidecommerce.core.bounty.service.BountyService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.MemberSpend;
import com.guidecommerce.core.commission.domain.BeneficiaryType;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.service.LedgerService;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.commission.service.StatementDownload;
import com.guidecommerce.core.common.time.DisplayTimes;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.site.share.GuideLinks;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The guide's workbench on their phone: their figures for a period against the period before, their commission and
 * new-member bounties, their ranks with each scope's top three, their members with what they bought in every channel,
 * their settlement statements, and for a store manager the store's guides side by side; then their QR code and share
 * link. The guide is always the one the logged-in account belongs to, never a request parameter, so a guide sees only
 * their own members, figures and statements.
 */
@Controller
public class GuideWorkbenchController {

    /** Message prefix of the page for a customer who is not a guide. */
    public static final String NOT_A_GUIDE = "gc.workbench.notAGuide";
    /** Message prefix of the page for a guide who is suspended or has departed. */
    public static final String GUIDE_INACTIVE = "gc.workbench.inactive";
    /** Followed by a channel code, e.g. {@code gc.channel.TMALL}; a channel without one shows its own name. */
    public static final String CHANNEL_PREFIX = "gc.channel.";

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcGuideLinks")
    protected GuideLinks guideLinks;

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @Resource(name = "gcBoardService")
    protected BoardService boardService;

    @Resource(name = "gcLedgerService")
    protected LedgerService ledgerService;

    @Resource(name = "gcBountyService")
    protected BountyService bountyService;

    @Resource(name = "gcChannelOrderService")
    protected ChannelOrderService channelOrderService;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcSettlementService")
    protected SettlementService settlementService;

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    @Resource(name = "gcContestCards")
    protected ContestCards contestCards;

    @Resource(name = "gcTierService")
    protected TierService tierService;

    @RequestMapping(value = "/guide", method = RequestMethod.GET)
    public String workbench(@RequestParam(value = "page", required = false) String page,
                            @RequestParam(value = "period", required = false) String period,
                            @RequestParam(value = "from", required = false) String from,
                            @RequestParam(value = "to", required = false) String to,
                            @RequestParam(value = "metric", required = false) String metricName,
                            @RequestParam(value = "q", required = false) String search,
                            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Guide guide = activeGuide(request, response, model);
        if (guide == null) {
            return notShown(model);
        }
        TimeZone storeZone = guide.getStore().getTimeZone();
        WorkbenchPeriod chosen = WorkbenchPeriod.of(period, from, to,
                SystemTime.asDate().toInstant().atZone(storeZone.toZoneId()).toLocalDate());
        Metric metric = MetricLabels.parse(metricName);
        String query = search == null ? "" : search.trim();
        model.addAttribute("guide", guide);
        model.addAttribute("landingUrl", guideLinks.landingUrl(guide.getGuideCode()));
        model.addAttribute("qrImagePath", GuideLinks.qrImagePath(guide.getGuideCode()));
        model.addAttribute("shareLink", guideLinks.shareLink(guide.getGuideCode()));
        model.addAttribute("distributorCount", distributionService.countCurrentOf(guide.getId()));
        model.addAttribute("links", new WorkbenchLinks(chosen, metric, query));
        addPerformance(guide, chosen, metric, model, locale);
        model.addAttribute("commission", ledgerService.totalsOf(BeneficiaryType.GUIDE.name(), guide.getId()));
        model.addAttribute("bounties", bountyService.totalsOf(guide));
        model.addAttribute("contests", contestCards.of(guide, locale));
        model.addAttribute("tier", tierService.progressOf(TierSubject.GUIDE, guide.getId(), guide.getTierCode()));
        addMembers(guide, page, query, model, locale);
        model.addAttribute("statements", statements(guide, locale));
        return "gc/workbench";
    }

    /** One of the guide's own statements as CSV; another beneficiary's statement is not found. */
    @RequestMapping(value = "/guide/statements/{id:\\d+}.csv", method = RequestMethod.GET)
    public String statementCsv(@PathVariable("id") Long id, HttpServletRequest request, HttpServletResponse response,
                               Model model, Locale locale) throws IOException {
        Guide guide = activeGuide(request, response, model);
        if (guide == null) {
            return notShown(model);
        }
        SettlementStatement statement = settlementService.findStatement(id);
        if (statement == null || !BeneficiaryType.GUIDE.name().equals(statement.getBeneficiaryType())
                || !guide.getId().equals(statement.getBeneficiaryId())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        StatementDownload.send(settlementService, statement, response, new StatementCsvLabels(messageSource, locale));
        return null;
    }

    /** The unavailable page {@link #activeGuide} chose, or the login page for a visitor who has not logged in. */
    private static String notShown(Model model) {
        return WorkbenchGuide.notShown(model, "/guide");
    }

    private Guide activeGuide(HttpServletRequest request, HttpServletResponse response, Model model) {
        return WorkbenchGuide.active(organisationService, request, response, model);
    }

    private void addPerformance(Guide guide, WorkbenchPeriod period, Metric metric, Model model, Locale locale) {
        GuidePerformance performance = new GuidePerformance(boardService, guide, locale);
        GuideBoard board = performance.board(period, metric);
        GuideRanks ranks = board.getRanks();
        model.addAttribute("period", period);
        model.addAttribute("metric", metric.name());
        model.addAttribute("metrics", MetricLabels.ranked());
        model.addAttribute("figures", performance.figures(board));
        model.addAttribute("rankPeriod", period.getRankKind().name());
        model.addAttribute("ranks", performance.rankCards(ranks, metric));
        model.addAttribute("rankUpdatedAt", performance.updatedAt(ranks, guide.getStore().getTimeZone().toZoneId()));
        if (guide.isStoreManager()) {
            model.addAttribute("storeGuides", performance.storeGuides(
                    organisationService.findGuidesByStore(guide.getStore()), period, metric));
        }
    }

    private void addMembers(Guide guide, String page, String query, Model model, Locale locale) {
        boolean searching = !query.isEmpty();
        MemberPage memberPage = MemberPage.of(page, searching ? bindingService.countMembersOf(guide, query)
                : bindingService.countMembersOf(guide));
        List<MemberBinding> bindings = searching
                ? bindingService.findMembersOf(guide, query, memberPage.getOffset(), MemberPage.SIZE)
                : bindingService.findMembersOf(guide, memberPage.getOffset(), MemberPage.SIZE);
        List<Long> customerIds = new ArrayList<Long>();
        for (MemberBinding binding : bindings) {
            customerIds.add(binding.getMember().getId());
        }
        Map<Long, MemberSpend> spend = channelOrderService.findSpendOf(customerIds);
        Map<String, String> channelNames = channelNames(locale);
        TimeZone storeZone = guide.getStore().getTimeZone();
        List<MemberRow> rows = new ArrayList<MemberRow>();
        for (MemberBinding binding : bindings) {
            MemberSpend theirs = spend.get(binding.getMember().getId());
            rows.add(MemberRow.of(binding, storeZone).withSpend(theirs,
                    theirs == null ? null : channelNames.get(theirs.getLastChannelCode()), storeZone, locale));
        }
        model.addAttribute("memberPage", memberPage);
        model.addAttribute("members", rows);
        model.addAttribute("memberSearch", query);
    }

    /** Each channel's name for the reader: the storefront's message for it, else the name HQ gave it. */
    private Map<String, String> channelNames(Locale locale) {
        Map<String, String> names = new HashMap<String, String>();
        for (Channel channel : channelService.findAll()) {
            names.put(channel.getCode(), messageSource.getMessage(CHANNEL_PREFIX + channel.getCode(), null,
                    channel.getName(), locale));
        }
        return names;
    }

    private List<StatementRow> statements(Guide guide, Locale locale) {
        DisplayTimes periodTimes = settlementService.periodTimes();
        List<StatementRow> rows = new ArrayList<StatementRow>();
        for (SettlementStatement statement : settlementService.findStatementsOf(BeneficiaryType.GUIDE.name(),
                guide.getId())) {
            rows.add(StatementRow.of(statement, periodTimes, locale));
        }
        return rows;
    }
}
