package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.CsvEvents;
import com.guidecommerce.core.channel.event.CsvTemplate;
import com.guidecommerce.core.channel.service.ChannelException;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.web.ErrorReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletResponse;

/**
 * The Channel import page: HQ uploads a channel's orders, completions and refunds as CSV ({@link CsvEvents}) and reads
 * what became of every row. Valid events go through the same ingest as the API ({@link IngestSource#CSV}), so a file
 * uploaded twice changes nothing the second time; rows that cannot be read are reported and do not stop the others.
 *
 * <p>A template to start from ({@link CsvTemplate}) is downloaded from the page.
 *
 * <p>The page also lists, per channel, deliveries that were stored but not applied (FAILED, or left by a server that
 * stopped) and applies them again on request. Neither is done while the plugin's secrets are placeholders; the page
 * says so.
 *
 * <p>Needs the "Import channel orders" permission (CREATE on {@link ChannelIngestService}). The upload is multipart,
 * which the admin's servlet resolves (Broadleaf's {@code multipartResolver}); Broadleaf's CSRF filter reads its token
 * before that, so the form carries it in its address. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-channel-import")
public class ChannelImportController {

    static final String SECTION_KEY = "gc-channel-import";
    /** Stored deliveries applied again per click; the page shows how many are left. */
    static final int PROCESS_AGAIN_LIMIT = 20000;
    static final String SECRETS_NOT_SET_KEY = "gcChannelImport_error_secrets";
    static final String TEMPLATE_FILE = "channel-import-template.csv";

    private static final Log LOG = LogFactory.getLog(ChannelImportController.class);

    private final ChannelService channelService;
    private final ChannelIngestService ingestService;
    private final ExploitProtectionService exploitProtection;
    private final AdminPageSupport pageSupport;

    public ChannelImportController(ChannelService channelService, ChannelIngestService ingestService,
                                   ExploitProtectionService exploitProtection, AdminPageSupport pageSupport) {
        this.channelService = channelService;
        this.ingestService = ingestService;
        this.exploitProtection = exploitProtection;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, HttpServletResponse response) throws IOException {
        if (!canImport()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return page(model, null);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String upload(@RequestParam(value = "channel", required = false) String channelCode,
                         @RequestParam(value = "file", required = false) MultipartFile file, Model model,
                         HttpServletResponse response) throws IOException {
        if (!canImport()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Channel channel = channelCode == null ? null : channelService.findByCode(channelCode);
        if (channel == null || !channel.isActive()) {
            model.addAttribute("errorKey", "gcChannelImport_error_channel");
            return page(model, channelCode);
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorKey", "gcChannelImport_error_file");
            return page(model, channelCode);
        }
        CsvEvents.Parsed parsed;
        try (InputStream in = file.getInputStream()) {
            parsed = CsvEvents.read(in);
        }
        if (parsed.getFileProblemNote() != null) {
            model.addAttribute("fileProblem", parsed.getFileProblemNote().format());
            return page(model, channelCode);
        }
        List<IngestResult> results;
        try {
            results = ingestService.ingestEvents(channel, IngestSource.CSV, ChannelImportReport.eventsToIngest(parsed));
        } catch (RuntimeException e) {
            if (e instanceof ChannelException && ((ChannelException) e).isSecretsNotSet()) {
                model.addAttribute("errorKey", SECRETS_NOT_SET_KEY);
            } else {
                // Deliveries stored before the failure are listed on the page to be applied again; the cause is in
                // the log under the reference, not on the page.
                model.addAttribute("importFailed", ErrorReference.log(LOG, "Channel import of "
                        + file.getOriginalFilename() + " into " + channel.getCode() + " failed", e));
            }
            return page(model, channelCode);
        }
        ChannelImportReport report = ChannelImportReport.of(parsed, results);
        LOG.info("Channel import of " + file.getOriginalFilename() + " into " + channel.getCode() + " by "
                + pageSupport.currentLogin() + ": " + report.getAccepted() + " accepted, " + report.getDuplicates()
                + " duplicates, " + report.getRejected() + " rejected, " + report.getFailed() + " failed");
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return page(model, channelCode);
    }

    /** A CSV file to start from: the header row of every column and example rows (an order and a refund). */
    @RequestMapping(value = "/" + TEMPLATE_FILE, method = RequestMethod.GET)
    public void template(HttpServletResponse response) throws IOException {
        if (!canImport()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + TEMPLATE_FILE + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvTemplate.write(out);
        out.flush();
    }

    /**
     * Applies again the deliveries of a channel that were stored but not applied (for instance while the database was
     * unavailable, or because of a fault since fixed); the page then says what became of them.
     */
    @RequestMapping(value = "/process-again", method = RequestMethod.POST)
    public String processAgain(@RequestParam(value = "channel", required = false) String channelCode, Model model,
                               HttpServletResponse response) throws IOException {
        if (!canImport()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Channel channel = channelCode == null ? null : channelService.findByCode(channelCode);
        if (channel == null) {
            model.addAttribute("errorKey", "gcChannelImport_error_channel");
            return page(model, channelCode);
        }
        try {
            List<IngestResult> results = ingestService.processAgain(channel, PROCESS_AGAIN_LIMIT);
            int[] counts = new int[IngestResult.Status.values().length];
            for (IngestResult result : results) {
                counts[result.getStatus().ordinal()]++;
            }
            int applied = counts[IngestResult.Status.ACCEPTED.ordinal()];
            int duplicates = counts[IngestResult.Status.DUPLICATE.ordinal()];
            int rejected = counts[IngestResult.Status.REJECTED.ordinal()];
            int failed = counts[IngestResult.Status.FAILED.ordinal()];
            LOG.info("Stored " + channel.getCode() + " deliveries applied again by " + pageSupport.currentLogin() + ": "
                    + applied + " accepted, " + duplicates + " duplicates, " + rejected + " rejected, " + failed
                    + " failed again");
            model.addAttribute("again", new int[] {results.size(), applied, duplicates, rejected, failed});
            model.addAttribute("againChannel", channel.getCode());
        } catch (ChannelException e) {
            if (e.isSecretsNotSet()) {
                model.addAttribute("errorKey", SECRETS_NOT_SET_KEY);
            } else {
                model.addAttribute("againBusy", e.getMessage());
            }
        } catch (RuntimeException e) {
            // The deliveries stay stored and listed; HQ gets the reference under which the cause is logged.
            model.addAttribute("againFailed",
                    ErrorReference.log(LOG, "Applying stored " + channel.getCode() + " deliveries again failed", e));
        }
        return page(model, channelCode);
    }

    private String page(Model model, String selectedChannel) {
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/channelImport");
        model.addAttribute("channels", activeChannels());
        model.addAttribute("selectedChannel", selectedChannel);
        model.addAttribute("columns", CsvEvents.COLUMNS);
        model.addAttribute("requiredColumns", CsvEvents.REQUIRED);
        model.addAttribute("received", ingestService.unappliedCounts());
        try {
            model.addAttribute("csrfToken", exploitProtection.getCSRFToken());
        } catch (ServiceException e) {
            throw new IllegalStateException("No CSRF token for the upload form", e);
        }
        return "modules/defaultContainer";
    }

    private List<Channel> activeChannels() {
        List<Channel> active = new ArrayList<Channel>();
        for (Channel channel : channelService.findAll()) {
            if (channel.isActive()) {
                active.add(channel);
            }
        }
        return active;
    }

    private boolean canImport() {
        return pageSupport.isAllowed(ChannelIngestService.class, EntityOperationType.ADD);
    }
}
