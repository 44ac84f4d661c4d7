package com.guidecommerce.site.distribution;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.commission.domain.BeneficiaryType;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.service.LedgerService;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.commission.service.StatementDownload;
import com.guidecommerce.core.common.time.DisplayTimes;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;
import com.guidecommerce.site.common.Shoppers;
import com.guidecommerce.site.common.StoreDates;
import com.guidecommerce.site.guide.GuideWorkbenchController;
import com.guidecommerce.site.guide.StatementCsvLabels;
import com.guidecommerce.site.guide.StatementRow;
import com.guidecommerce.site.share.GuideLinks;
import com.guidecommerce.site.share.Sharer;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The member's own distributor page (phone-sized): status, code and guide; while active, their share link; their
 * tier and what the next one still needs this period; their commission by state, the latest entries with the orders that earned them, and their statements.
 */
@Controller
public class DistributorPageController {

    static final String VIEW = "gc/distributor";
    static final int LATEST_ENTRIES = 20;
    private static final String DISTRIBUTOR = BeneficiaryType.DISTRIBUTOR.name();

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @Resource(name = "gcLedgerService")
    protected LedgerService ledgerService;

    @Resource(name = "gcSettlementService")
    protected SettlementService settlementService;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "gcGuideLinks")
    protected GuideLinks guideLinks;

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    @Resource(name = "gcTierService")
    protected TierService tierService;

    @RequestMapping(value = DistributorLinks.DISTRIBUTOR_PATH, method = RequestMethod.GET)
    public String distributor(HttpServletRequest request, Model model, Locale locale) {
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + DistributorLinks.DISTRIBUTOR_PATH;
        }
        Distributor distributor = distributionService.findByCustomer(member.getId());
        model.addAttribute("distributor", distributor);
        if (distributor != null) {
            model.addAttribute("joinedOn", StoreDates.day(distributor.getJoinedAt(), distributor.getGuide().getStore()));
            if (Sharer.distributor(distributor).isActive()) {
                model.addAttribute("shareLink", guideLinks.shareLink(distributor.getCode()));
            }
            model.addAttribute("tier", tierService.progressOf(TierSubject.DISTRIBUTOR, distributor.getId(),
                    distributor.getTierCode()));
            model.addAttribute("commission", ledgerService.totalsOf(DISTRIBUTOR, distributor.getId()));
            model.addAttribute("earnings", earnings(distributor, locale));
            model.addAttribute("statements", statements(distributor, locale));
        }
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null && flash.get(DistributorJoinController.NOTICE) != null) {
            model.addAttribute("notice", flash.get(DistributorJoinController.NOTICE));
        }
        return VIEW;
    }

    /** One of the distributor's own statements as CSV; anyone else's statement is not found. */
    @RequestMapping(value = DistributorLinks.DISTRIBUTOR_PATH + "/statements/{id:\\d+}.csv", method = RequestMethod.GET)
    public String statementCsv(@PathVariable("id") Long id, HttpServletRequest request, HttpServletResponse response,
                               Locale locale) throws IOException {
        Customer member = Shoppers.loggedInMember(request);
        if (member == null) {
            return "redirect:/login?successUrl=" + DistributorLinks.DISTRIBUTOR_PATH;
        }
        Distributor distributor = distributionService.findByCustomer(member.getId());
        SettlementStatement statement = distributor == null ? null : settlementService.findStatement(id);
        if (statement == null || !DISTRIBUTOR.equals(statement.getBeneficiaryType())
                || !distributor.getId().equals(statement.getBeneficiaryId())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        StatementDownload.send(settlementService, statement, response, new StatementCsvLabels(messageSource, locale));
        return null;
    }

    private List<EarningRow> earnings(Distributor distributor, Locale locale) {
        List<CommissionEntry> entries = ledgerService.findLatestEntriesOf(DISTRIBUTOR, distributor.getId(),
                LATEST_ENTRIES);
        Map<String, String> channels = new HashMap<String, String>();
        if (!entries.isEmpty()) {
            for (Channel channel : channelService.findAll()) {
                channels.put(channel.getCode(), messageSource.getMessage(
                        GuideWorkbenchController.CHANNEL_PREFIX + channel.getCode(), null, channel.getName(), locale));
            }
        }
        List<EarningRow> rows = new ArrayList<EarningRow>(entries.size());
        for (CommissionEntry entry : entries) {
            String channel = channels.containsKey(entry.getChannelCode()) ? channels.get(entry.getChannelCode())
                    : entry.getChannelCode();
            rows.add(EarningRow.of(entry, channel, distributor.getGuide().getStore(), locale));
        }
        return rows;
    }

    private List<StatementRow> statements(Distributor distributor, Locale locale) {
        DisplayTimes periodTimes = settlementService.periodTimes();
        List<StatementRow> rows = new ArrayList<StatementRow>();
        for (SettlementStatement statement : settlementService.findStatementsOf(DISTRIBUTOR, distributor.getId())) {
            rows.add(StatementRow.of(statement, periodTimes, locale));
        }
        return rows;
    }
}
