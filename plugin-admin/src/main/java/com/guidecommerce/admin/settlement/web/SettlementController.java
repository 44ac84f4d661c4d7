package com.guidecommerce.admin.settlement.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.common.web.JobPageSupport;
import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.rule.SettlementPeriods;
import com.guidecommerce.core.commission.rule.StatementCsv;
import com.guidecommerce.core.commission.service.SettlementException;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.commission.service.StatementDownload;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.LedgerReleaseJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.servlet.http.HttpServletResponse;

/**
 * HQ's settlement pages: {@code /gc-settlement} generates the statements of a month, releases frozen ledger entries
 * on demand (through the job runner, so never beside a release running on another admin node) and lists the
 * release's last runs; {@code /gc-settlement/{id}} shows one statement with its entries, confirms it, marks it paid and
 * downloads it as CSV. A row of the Settlement statements section opens the statement's page.
 *
 * <p>Seeing statements needs read access to settlement statements; every step that changes the ledger or a statement
 * needs the "Settle commission" permission (UPDATE on {@link SettlementService}), which deliberately grants nothing on
 * the statement entity itself, so Broadleaf's generic form stays read-only. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
public class SettlementController {

    static final String SECTION_KEY = "gc-settlement";
    static final String STATEMENTS_SECTION_KEY = "gc-settlement-statement";

    private static final Log LOG = LogFactory.getLog(SettlementController.class);

    private final SettlementService settlementService;
    private final LedgerReleaseJob ledgerReleaseJob;
    private final JobPageSupport jobPages;
    private final GenericEntityService entityService;
    private final AdminPageSupport pageSupport;
    private final ZoneId zone;
    private final ReadableValues readable;

    public SettlementController(SettlementService settlementService, LedgerReleaseJob ledgerReleaseJob,
                                JobPageSupport jobPages, GenericEntityService entityService,
                                AdminPageSupport pageSupport, String timeZone, ReadableValues readable) {
        this.readable = readable;
        this.settlementService = settlementService;
        this.ledgerReleaseJob = ledgerReleaseJob;
        this.jobPages = jobPages;
        this.entityService = entityService;
        this.pageSupport = pageSupport;
        this.zone = ZoneId.of(timeZone);
    }

    @RequestMapping(value = "/gc-settlement", method = RequestMethod.GET)
    public String show(Model model, HttpServletResponse response) throws IOException {
        if (!canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return runPage(model, SettlementPeriods.lastEndedMonth(SystemTime.asDate(), zone));
    }

    @RequestMapping(value = "/gc-settlement/generate", method = RequestMethod.POST)
    public String generate(@RequestParam("month") String monthText, Model model, HttpServletResponse response)
            throws IOException {
        if (!canView() || !canSettle()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        YearMonth month = SettlementPeriods.parseMonth(monthText);
        if (month == null) {
            model.addAttribute("errorCode", SettlementException.INVALID_PERIOD);
            return runPage(model, SettlementPeriods.lastEndedMonth(SystemTime.asDate(), zone));
        }
        String actor = pageSupport.currentLogin();
        try {
            List<SettlementStatement> created = settlementService.generate(SettlementPeriods.start(month, zone),
                    SettlementPeriods.end(month, zone), actor);
            model.addAttribute("created", created);
        } catch (SettlementException e) {
            LOG.info("Settlement of " + month + " by " + actor + " refused: " + e.getMessage());
            model.addAttribute("errorCode", e.getCode());
        }
        return runPage(model, month);
    }

    @RequestMapping(value = "/gc-settlement/release", method = RequestMethod.POST)
    public String release(Model model, HttpServletResponse response) throws IOException {
        if (!canView() || !canSettle()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        String login = pageSupport.currentLogin();
        LOG.info("Ledger release started from the admin by " + login);
        JobRunResult<Integer> result = jobPages.runNow(ledgerReleaseJob, login, model);
        if (result.isRan()) {
            model.addAttribute("released", result.getResult());
        }
        return runPage(model, SettlementPeriods.lastEndedMonth(SystemTime.asDate(), zone));
    }

    /** Broadleaf's grid of the statements section opens rows here; the statement's page is ours. */
    @RequestMapping(value = "/gc-settlement-statement/{id:\\d+}", method = RequestMethod.GET)
    public String openFromGrid(@PathVariable("id") Long id) {
        return "redirect:/gc-settlement/" + id;
    }

    @RequestMapping(value = "/gc-settlement/{id:\\d+}", method = RequestMethod.GET)
    public String statement(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        if (!canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return statementPage(id, model, response);
    }

    @RequestMapping(value = "/gc-settlement/{id:\\d+}/confirm", method = RequestMethod.POST)
    public String confirm(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        if (!canView() || !canSettle()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        try {
            settlementService.confirm(id, pageSupport.currentLogin());
            return "redirect:/gc-settlement/" + id;
        } catch (SettlementException e) {
            model.addAttribute("errorCode", e.getCode());
            return statementPage(id, model, response);
        }
    }

    @RequestMapping(value = "/gc-settlement/{id:\\d+}/pay", method = RequestMethod.POST)
    public String markPaid(@PathVariable("id") Long id, @RequestParam(value = "paymentReference", required = false)
            String paymentReference, Model model, HttpServletResponse response) throws IOException {
        if (!canView() || !canSettle()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        try {
            settlementService.markPaid(id, paymentReference, pageSupport.currentLogin());
            return "redirect:/gc-settlement/" + id;
        } catch (SettlementException e) {
            model.addAttribute("errorCode", e.getCode());
            model.addAttribute("paymentReference", paymentReference);
            return statementPage(id, model, response);
        }
    }

    @RequestMapping(value = "/gc-settlement/{id:\\d+}.csv", method = RequestMethod.GET)
    public void csv(@PathVariable("id") Long id, HttpServletResponse response) throws IOException {
        SettlementStatement statement = canView() ? find(id) : null;
        if (statement == null) {
            response.sendError(canView() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StatementDownload.send(settlementService, statement, response, new StatementCsv.Labels() {
            @Override
            public String label(String keyPrefix, String code) {
                return readable.label(keyPrefix, code);
            }

            @Override
            public String text(String messageKey, String english) {
                return readable.text(messageKey, english);
            }
        });
    }

    private String runPage(Model model, YearMonth month) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/settlement");
        model.addAttribute("month", SettlementPeriods.format(month));
        model.addAttribute("timeZone", zone.getId());
        model.addAttribute("canSettle", canSettle());
        jobPages.addLastRuns(ledgerReleaseJob, model);
        return "modules/defaultContainer";
    }

    private String statementPage(Long id, Model model, HttpServletResponse response) throws IOException {
        SettlementStatement statement = find(id);
        if (statement == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        pageSupport.addSectionAttributes(model, STATEMENTS_SECTION_KEY);
        model.addAttribute("viewType", "gc/settlementStatement");
        model.addAttribute("statement", statement);
        model.addAttribute("entries", settlementService.entriesOf(id));
        // The period in the zone it was cut in, the rest in the statement's, as in its CSV.
        model.addAttribute("periodTimes", settlementService.periodTimes());
        model.addAttribute(AdminPageSupport.TIMES, settlementService.timesOf(statement));
        model.addAttribute("canSettle", canSettle());
        return "modules/defaultContainer";
    }

    private SettlementStatement find(Long id) {
        return (SettlementStatement) entityService.readGenericEntity(SettlementStatement.class.getName(), id);
    }

    private boolean canView() {
        return pageSupport.isAllowed(SettlementStatement.class, EntityOperationType.FETCH);
    }

    private boolean canSettle() {
        return pageSupport.isAllowed(SettlementService.class, EntityOperationType.UPDATE);
    }
}
