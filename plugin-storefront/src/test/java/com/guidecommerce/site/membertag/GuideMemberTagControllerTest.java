package com.guidecommerce.site.membertag;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.membertag.service.GuideMemberTagService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.guide.MemberRow;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The workbench's member tag pages: a guide sees their member's automatic tags with rules and their own tags and
 * notes, changes them with the forms, filters their members by tags and downloads them masked; another guide's
 * member is not found and cannot be changed.
 */
@ExtendWith(BroadleafContextExtension.class)
class GuideMemberTagControllerTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcGuideMemberTagService")
    GuideMemberTagService guideTags;

    private SiteFixtures fixtures;
    private MockMvc mvc;
    private AutoCloseable entityManagerInView;
    private Customer account;
    private Guide guide;
    private Customer member;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new GuideMemberTagController())).build();
        entityManagerInView = fixtures.openEntityManagerInView();
        account = fixtures.member();
        guide = fixtures.guide(GuideStatus.ACTIVE, account);
        member = fixtures.member();
        fixtures.bind(member, guide, BindingSource.STORE_QR);
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    @Test
    void shouldShowTheMembersAutomaticTagsWithTheirRulesAndTheGuidesOwn() throws Exception {
        guideTags.addTag(guide.getId(), member.getId(), "VIP");

        MvcResult page = mvc.perform(get("/guide/members/" + member.getId()).requestAttr("customer", account)
                .locale(Locale.ENGLISH)).andReturn();

        assertEquals("gc/memberTags", page.getModelAndView().getViewName());
        Map<String, Object> model = page.getModelAndView().getModel();
        @SuppressWarnings("unchecked")
        List<TagView> tags = (List<TagView>) model.get("tags");
        assertEquals(1, tags.size(), "a member just bound is new");
        assertEquals("New member", tags.get(0).getLabel());
        assertTrue(tags.get(0).getRule().startsWith("Registered or first bound to a guide within the last "),
                tags.get(0).getRule());
        assertEquals(Arrays.asList("VIP"), model.get("ownTags"));
        assertEquals(member.getEmailAddress().substring(0, 2) + "***@example.com",
                ((MemberRow) model.get("member")).getEmail());
    }

    @Test
    void shouldChangeTagsAndNotesThroughTheFormsAndSayWhyInTheGuidesLanguage() throws Exception {
        post("/tags", "tag", "爱买面霜");
        post("/notes", "body", "Call after 18:00");
        MvcResult refused = post("/tags", "tag", "a,b");

        assertEquals("redirect:/guide/members/" + member.getId(), refused.getModelAndView().getViewName());
        assertEquals("\u6807\u7b7e\u9700\u4e3a 1 \u81f3 32 \u4e2a\u5b57\u7b26\uff0c\u4e14\u4e0d\u542b\u9017\u53f7\u3002",
                refused.getFlashMap().get(GuideMemberTagController.ERROR));
        assertEquals(Arrays.asList("爱买面霜"), guideTags.ownTagsOf(guide.getId(), member.getId()));
        Long note = guideTags.notesOf(guide.getId(), member.getId()).get(0).getId();

        post("/tags/remove", "tag", "爱买面霜");
        post("/notes/" + note + "/delete");

        assertTrue(guideTags.ownTagsOf(guide.getId(), member.getId()).isEmpty());
        assertTrue(guideTags.notesOf(guide.getId(), member.getId()).isEmpty());
    }

    @Test
    void shouldNotShowNorChangeAnotherGuidesMember() throws Exception {
        Customer colleagueAccount = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, colleagueAccount);

        MvcResult page = mvc.perform(get("/guide/members/" + member.getId())
                .requestAttr("customer", colleagueAccount)).andReturn();
        MvcResult tagged = mvc.perform(MockMvcRequestBuilders.post("/guide/members/" + member.getId() + "/tags")
                .requestAttr("customer", colleagueAccount).locale(Locale.ENGLISH).param("tag", "mine")).andReturn();

        assertEquals(404, page.getResponse().getStatus());
        assertEquals("This member is not bound to you.", tagged.getFlashMap().get(GuideMemberTagController.ERROR));
        assertTrue(guideTags.ownTagsOf(guide.getId(), member.getId()).isEmpty());
    }

    @Test
    void shouldFilterTheGuidesMembersByTagsAndExportThemMasked() throws Exception {
        Customer other = fixtures.member();
        fixtures.bind(other, guide, BindingSource.STORE_QR);
        guideTags.addTag(guide.getId(), member.getId(), "VIP");

        MvcResult list = mvc.perform(get("/guide/members/tagged").requestAttr("customer", account)
                .locale(Locale.ENGLISH).param("tag", "NEW_MEMBER").param("own", "VIP")).andReturn();
        MvcResult all = mvc.perform(get("/guide/members/tagged").requestAttr("customer", account)
                .param("tag", "NEW_MEMBER")).andReturn();
        MvcResult csv = mvc.perform(get("/guide/members/tagged.csv").requestAttr("customer", account)
                .locale(Locale.ENGLISH).param("own", "VIP")).andReturn();

        @SuppressWarnings("unchecked")
        List<MemberRow> rows = (List<MemberRow>) list.getModelAndView().getModel().get("members");
        assertEquals(1, rows.size());
        assertEquals(member.getId(), rows.get(0).getMemberNo());
        @SuppressWarnings("unchecked")
        List<MemberRow> both = (List<MemberRow>) all.getModelAndView().getModel().get("members");
        assertEquals(2, both.size());
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("\uFEFFMember no.,Name,Email,Phone,Bound on,Automatic tags,My tags", lines[0]);
        assertEquals(2, lines.length, text);
        assertTrue(lines[1].startsWith(member.getId() + ","), lines[1]);
        assertTrue(lines[1].contains("***@example.com"), lines[1]);
        assertFalse(text.contains(member.getEmailAddress()), "contacts are masked for guides");
        assertTrue(lines[1].endsWith(",New member,VIP"), lines[1]);
    }

    private MvcResult post(String action, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/guide/members/" + member.getId()
                + action).requestAttr("customer", account).locale(Locale.SIMPLIFIED_CHINESE);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }
}
