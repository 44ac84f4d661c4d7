package com.guidecommerce.admin.membertag.web;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelService;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.membertag.dao.HeldTag;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import com.guidecommerce.core.membertag.rule.TagRule;
import com.guidecommerce.core.membertag.service.MemberScope;
import com.guidecommerce.core.membertag.service.MemberTagService;
import com.guidecommerce.core.membertag.service.TagFilters;
import com.guidecommerce.core.membertag.service.TaggedMembersCsv;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerPhone;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * HQ's member tags page (Membership → Member tags): every tag with its rule and how many members hold it, members
 * filtered by tags and by store or guide with their full contacts, and the same list as CSV, each export recorded
 * with the admin's login. Needs READ on the member tag service ("View member tags"). Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + MemberTagAdminController.SECTION_KEY)
public class MemberTagAdminController {

    static final String SECTION_KEY = "gc-member-tag";
    static final String PREFIX = "gcMemberTag_";
    static final int PAGE_SIZE = 50;
    static final int CSV_LIMIT = 20000;

    private static final Log LOG = LogFactory.getLog(MemberTagAdminController.class);

    private final MemberTagService tags;
    private final OrganisationService organisations;
    private final CustomerService customers;
    private final MessageSource messages;
    private final AdminPageSupport pageSupport;
    private final ChannelService channels;

    public MemberTagAdminController(MemberTagService tags, OrganisationService organisations,
                                    CustomerService customers, MessageSource messages,
                                    AdminPageSupport pageSupport, ChannelService channels) {
        this.tags = tags;
        this.organisations = organisations;
        this.customers = customers;
        this.messages = messages;
        this.pageSupport = pageSupport;
        this.channels = channels;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "tag", required = false) List<String> tag,
                       @RequestParam(value = "store", required = false) String store,
                       @RequestParam(value = "guide", required = false) String guide,
                       @RequestParam(value = "page", required = false) Integer page, Model model, Locale locale,
                       HttpServletResponse response) throws IOException {
        if (!canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        List<MemberTag> filter = TagFilters.parse(tag);
        MemberScope scope = scope(store, guide, model);
        int number = page == null || page < 1 ? 1 : page;
        long total = tags.countMembersWith(filter, scope);
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/memberTags");
        model.addAttribute("tagRows", tagRows(filter, tags.countsByTag(scope), locale));
        model.addAttribute("store", store);
        model.addAttribute("guide", guide);
        model.addAttribute("total", total);
        model.addAttribute("page", number);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("members", memberRows(tags.membersWith(filter, scope, (number - 1) * PAGE_SIZE,
                PAGE_SIZE), locale));
        return "modules/defaultContainer";
    }

    /** The filtered members with full contacts as CSV; the export is recorded before the file is sent. */
    @RequestMapping(value = "/export", method = RequestMethod.GET)
    public void export(@RequestParam(value = "tag", required = false) List<String> tag,
                       @RequestParam(value = "store", required = false) String store,
                       @RequestParam(value = "guide", required = false) String guide, Locale locale,
                       HttpServletResponse response, Model model) throws IOException {
        if (!canView()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        List<MemberTag> filter = TagFilters.parse(tag);
        MemberScope scope = scope(store, guide, model);
        List<List<String>> rows = new ArrayList<List<String>>();
        for (Map<String, String> member : memberRows(tags.membersWith(filter, scope, 0, CSV_LIMIT), locale)) {
            rows.add(Arrays.asList(member.get("id"), member.get("name"), member.get("email"), member.get("phone"),
                    member.get("tags")));
        }
        String shown = "tags=" + filter + " store=" + (store == null ? "" : store) + " guide="
                + (guide == null ? "" : guide);
        tags.recordExport(pageSupport.currentLogin(), shown, rows.size());
        LOG.info("Members by tag exported by " + pageSupport.currentLogin() + ": " + rows.size() + " members, "
                + shown);
        List<String> headings = new ArrayList<String>();
        for (String column : Arrays.asList("memberNo", "name", "email", "phone", "tags")) {
            headings.add(message("csv_" + column, null, locale));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"members-by-tag.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        TaggedMembersCsv.write(headings, rows, out);
        out.flush();
    }

    /** The store or guide chosen by code; an unknown code lists nobody and says so. */
    private MemberScope scope(String store, String guide, Model model) {
        if (guide != null && !guide.trim().isEmpty()) {
            Guide found = organisations.findGuideByCode(guide.trim());
            if (found != null) {
                return MemberScope.guide(found.getId());
            }
            model.addAttribute("errorKey", PREFIX + "error_guide");
            return MemberScope.guide(-1L);
        }
        if (store != null && !store.trim().isEmpty()) {
            Store found = organisations.findStoreByCode(store.trim());
            if (found != null) {
                return MemberScope.store(found.getId());
            }
            model.addAttribute("errorKey", PREFIX + "error_store");
            return MemberScope.guide(-1L);
        }
        return MemberScope.all();
    }

    private List<Map<String, Object>> tagRows(List<MemberTag> chosen, Map<String, Long> counts, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (TagRule rule : tags.rules()) {
            for (MemberTag filter : TagFilters.choicesOf(rule.getCode())) {
                long count = 0;
                for (Map.Entry<String, Long> entry : counts.entrySet()) {
                    if (entry.getKey().equals(filter.toString())
                            || filter.getValue() == null && entry.getKey().startsWith(filter.getCode().name() + "=")) {
                        count += entry.getValue();
                    }
                }
                Map<String, Object> row = new LinkedHashMap<String, Object>();
                row.put("filter", filter.toString());
                row.put("label", label(filter, locale));
                row.put("rule", message("rule_" + rule.getCode().name(), rule.getArgs(), locale));
                row.put("count", count);
                row.put("chosen", chosen.contains(filter));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<Map<String, String>> memberRows(List<Long> ids, Locale locale) {
        List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
        for (Long id : ids) {
            Customer customer = customers.readCustomerById(id);
            StringBuilder held = new StringBuilder();
            for (HeldTag tag : tags.tagsOf(id)) {
                held.append(held.length() == 0 ? "" : " / ").append(label(tag.getTag(), locale));
            }
            Map<String, String> row = new LinkedHashMap<String, String>();
            row.put("id", String.valueOf(id));
            row.put("name", customer == null ? "" : join(customer.getFirstName(), customer.getLastName()));
            row.put("email", customer == null ? "" : customer.getEmailAddress());
            row.put("phone", customer == null ? "" : phoneOf(customer));
            row.put("tags", held.toString());
            rows.add(row);
        }
        return rows;
    }

    private String label(MemberTag tag, Locale locale) {
        String name = message("code_" + tag.getCode().name(), null, locale);
        if (tag.getValue() == null) {
            return name;
        }
        if (tag.getCode() == TagCode.SPEND_BAND) {
            return name + ": " + message("band_" + tag.getValue(), null, locale);
        }
        // PLATFORM_ONLY names a channel: HQ reads its name, not its code.
        Channel channel = channels.findByCode(tag.getValue());
        return name + ": " + (channel == null || channel.getName() == null ? tag.getValue() : channel.getName());
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(PREFIX + key, args, key, locale);
    }

    private static String phoneOf(Customer customer) {
        if (customer.getCustomerPhones() == null) {
            return "";
        }
        for (CustomerPhone phone : customer.getCustomerPhones()) {
            if (phone.getPhone() != null && phone.getPhone().getPhoneNumber() != null) {
                return phone.getPhone().getPhoneNumber();
            }
        }
        return "";
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    private boolean canView() {
        return pageSupport.isAllowed(MemberTagService.class, EntityOperationType.FETCH);
    }
}
