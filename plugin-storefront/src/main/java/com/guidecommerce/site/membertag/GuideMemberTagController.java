package com.guidecommerce.site.membertag;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.service.ChannelService;
import com.guidecommerce.core.membertag.dao.GuideNote;
import com.guidecommerce.core.membertag.dao.HeldTag;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.MemberTagException;
import com.guidecommerce.core.membertag.rule.TagRule;
import com.guidecommerce.core.membertag.service.GuideMemberTagService;
import com.guidecommerce.core.membertag.service.MemberTagService;
import com.guidecommerce.core.membertag.service.TagFilters;
import com.guidecommerce.core.membertag.service.TaggedMembersCsv;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.site.common.StoreDates;
import com.guidecommerce.site.guide.MemberPage;
import com.guidecommerce.site.guide.MemberRow;
import com.guidecommerce.site.guide.WorkbenchGuide;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The guide's members by tag on the workbench: one member's page with their automatic tags (each with its rule), the
 * guide's own tags and notes and the forms to change them; the guide's members filtered by automatic and own tags,
 * also as CSV with contacts masked. A member not validly bound to the logged-in guide is not found.
 */
@Controller
public class GuideMemberTagController {

    public static final String MEMBER_PATH = "/guide/members/";
    public static final String TAGGED_PATH = "/guide/members/tagged";
    /** Flash attribute: why a tag or note was refused, in the guide's language. */
    public static final String ERROR = "gcTagError";
    static final int CSV_LIMIT = 5000;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcMemberTagService")
    protected MemberTagService memberTagService;

    @Resource(name = "gcGuideMemberTagService")
    protected GuideMemberTagService guideTags;

    @Resource(name = "gcChannelService")
    protected ChannelService channelService;

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    @RequestMapping(value = "/guide/members/{id:\\d+}", method = RequestMethod.GET)
    public String member(@PathVariable("id") Long id, HttpServletRequest request, HttpServletResponse response,
                         Model model, Locale locale) throws IOException {
        Guide guide = WorkbenchGuide.active(organisationService, request, response, model);
        if (guide == null) {
            return WorkbenchGuide.notShown(model, MEMBER_PATH + id);
        }
        MemberBinding binding = bindingOf(guide, id);
        if (binding == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        TimeZone zone = guide.getStore().getTimeZone();
        TagLabels labels = labels(locale);
        List<TagView> tags = new ArrayList<TagView>();
        for (HeldTag held : memberTagService.tagsOf(id)) {
            tags.add(new TagView(held.getCode().name(), labels.label(held.getTag()),
                    labels.rule(memberTagService.ruleOf(held.getCode())),
                    StoreDates.day(held.getSince(), zone)));
        }
        List<Map<String, Object>> notes = new ArrayList<Map<String, Object>>();
        for (GuideNote note : guideTags.notesOf(guide.getId(), id)) {
            Map<String, Object> row = new HashMap<String, Object>();
            row.put("id", note.getId());
            row.put("body", note.getBody());
            row.put("createdOn", StoreDates.day(note.getCreatedAt(), zone));
            notes.add(row);
        }
        model.addAttribute("guide", guide);
        model.addAttribute("member", MemberRow.of(binding, zone));
        model.addAttribute("tags", tags);
        model.addAttribute("ownTags", guideTags.ownTagsOf(guide.getId(), id));
        model.addAttribute("notes", notes);
        return "gc/memberTags";
    }

    @RequestMapping(value = "/guide/members/{id:\\d+}/tags", method = RequestMethod.POST)
    public String addTag(@PathVariable("id") Long id, @RequestParam(value = "tag", required = false) String tag,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        return change(id, request, response, model, guide -> guideTags.addTag(guide.getId(), id, tag));
    }

    @RequestMapping(value = "/guide/members/{id:\\d+}/tags/remove", method = RequestMethod.POST)
    public String removeTag(@PathVariable("id") Long id, @RequestParam(value = "tag", required = false) String tag,
                            HttpServletRequest request, HttpServletResponse response, Model model) {
        return change(id, request, response, model, guide -> guideTags.removeTag(guide.getId(), id, tag));
    }

    @RequestMapping(value = "/guide/members/{id:\\d+}/notes", method = RequestMethod.POST)
    public String addNote(@PathVariable("id") Long id, @RequestParam(value = "body", required = false) String body,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        return change(id, request, response, model, guide -> guideTags.addNote(guide.getId(), id, body));
    }

    @RequestMapping(value = "/guide/members/{id:\\d+}/notes/{noteId:\\d+}/delete", method = RequestMethod.POST)
    public String deleteNote(@PathVariable("id") Long id, @PathVariable("noteId") Long noteId,
                             HttpServletRequest request, HttpServletResponse response, Model model) {
        return change(id, request, response, model, guide -> {
            guideTags.deleteNote(guide.getId(), noteId);
            return null;
        });
    }

    @RequestMapping(value = TAGGED_PATH, method = RequestMethod.GET)
    public String tagged(@RequestParam(value = "tag", required = false) List<String> tag,
                         @RequestParam(value = "own", required = false) List<String> own,
                         @RequestParam(value = "page", required = false) String page,
                         HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Guide guide = WorkbenchGuide.active(organisationService, request, response, model);
        if (guide == null) {
            return WorkbenchGuide.notShown(model, TAGGED_PATH);
        }
        List<MemberTag> tags = TagFilters.parse(tag);
        List<String> ownTags = own == null ? new ArrayList<String>() : own;
        MemberPage memberPage = MemberPage.of(page, guideTags.countMembersTagged(guide.getId(), tags, ownTags));
        TagLabels labels = labels(locale);
        List<Map<String, Object>> choices = new ArrayList<Map<String, Object>>();
        for (TagRule rule : memberTagService.rules()) {
            for (MemberTag filter : TagFilters.choicesOf(rule.getCode())) {
                Map<String, Object> choice = new HashMap<String, Object>();
                choice.put("filter", TagFilters.format(filter));
                choice.put("label", labels.label(filter));
                choice.put("rule", labels.rule(rule));
                choice.put("chosen", tags.contains(filter));
                choices.add(choice);
            }
        }
        model.addAttribute("guide", guide);
        model.addAttribute("tagChoices", choices);
        model.addAttribute("ownChoices", guideTags.ownTagsOfGuide(guide.getId()));
        model.addAttribute("chosenTags", filterTexts(tags));
        model.addAttribute("chosenOwn", ownTags);
        model.addAttribute("memberPage", memberPage);
        model.addAttribute("members", rows(guide, guideTags.membersTagged(guide.getId(), tags, ownTags,
                memberPage.getOffset(), MemberPage.SIZE)));
        model.addAttribute("csvQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "gc/taggedMembers";
    }

    /** The filtered members as CSV, contacts masked as on the workbench; at most {@value #CSV_LIMIT} rows. */
    @RequestMapping(value = TAGGED_PATH + ".csv", method = RequestMethod.GET)
    public String taggedCsv(@RequestParam(value = "tag", required = false) List<String> tag,
                            @RequestParam(value = "own", required = false) List<String> own,
                            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
            throws IOException {
        Guide guide = WorkbenchGuide.active(organisationService, request, response, model);
        if (guide == null) {
            return WorkbenchGuide.notShown(model, TAGGED_PATH);
        }
        List<MemberTag> tags = TagFilters.parse(tag);
        List<String> ownTags = own == null ? new ArrayList<String>() : own;
        TagLabels labels = labels(locale);
        List<List<String>> rows = new ArrayList<List<String>>();
        for (MemberRow row : rows(guide, guideTags.membersTagged(guide.getId(), tags, ownTags, 0, CSV_LIMIT))) {
            StringBuilder auto = new StringBuilder();
            for (HeldTag held : memberTagService.tagsOf(row.getMemberNo())) {
                auto.append(auto.length() == 0 ? "" : " / ").append(labels.label(held.getTag()));
            }
            rows.add(Arrays.asList(String.valueOf(row.getMemberNo()), row.getFirstName(), row.getEmail(),
                    row.getPhone(), row.getBoundOn(), auto.toString(),
                    String.join(" / ", guideTags.ownTagsOf(guide.getId(), row.getMemberNo()))));
        }
        List<String> headings = new ArrayList<String>();
        for (String column : Arrays.asList("memberNo", "name", "email", "phone", "boundOn", "tags", "ownTags")) {
            headings.add(messageSource.getMessage(TagLabels.PREFIX + "csv." + column, null, column, locale));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"members-by-tag.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        TaggedMembersCsv.write(headings, rows, out);
        out.flush();
        return null;
    }

    /** One change by the logged-in guide to one of their members; a refusal goes back as a flash message. */
    private String change(Long id, HttpServletRequest request, HttpServletResponse response, Model model,
                          GuideChange change) {
        Guide guide = WorkbenchGuide.active(organisationService, request, response, model);
        if (guide == null) {
            return WorkbenchGuide.notShown(model, MEMBER_PATH + id);
        }
        try {
            change.apply(guide);
        } catch (MemberTagException refused) {
            RequestContextUtils.getOutputFlashMap(request).put(ERROR, messageSource.getMessage(TagLabels.PREFIX
                    + "error." + refused.getError().name(), null, RequestContextUtils.getLocale(request)));
        }
        return "redirect:" + MEMBER_PATH + id;
    }

    /** What one form does for the guide. */
    interface GuideChange {

        Object apply(Guide guide);
    }

    private MemberBinding bindingOf(Guide guide, Long customerId) {
        MemberBinding binding = bindingService.findValidBinding(customerId);
        return binding != null && binding.getGuide().getId().equals(guide.getId()) ? binding : null;
    }

    private List<MemberRow> rows(Guide guide, List<Long> customerIds) {
        TimeZone zone = guide.getStore().getTimeZone();
        List<MemberRow> rows = new ArrayList<MemberRow>();
        for (Long customerId : customerIds) {
            MemberBinding binding = bindingOf(guide, customerId);
            if (binding != null) {
                rows.add(MemberRow.of(binding, zone));
            }
        }
        return rows;
    }

    private static List<String> filterTexts(List<MemberTag> tags) {
        List<String> texts = new ArrayList<String>();
        for (MemberTag tag : tags) {
            texts.add(TagFilters.format(tag));
        }
        return texts;
    }

    private TagLabels labels(Locale locale) {
        Map<String, String> names = new HashMap<String, String>();
        for (Channel channel : channelService.findAll()) {
            names.put(channel.getCode(), channel.getName());
        }
        return new TagLabels(messageSource, locale, names);
    }
}
