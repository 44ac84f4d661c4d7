package com.guidecommerce.admin.review.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.test.AdminPages;
import com.guidecommerce.core.common.time.DisplayTimes;
import com.guidecommerce.core.job.MemberReviewSummary;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.MessageSource;

import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a member review run from the admin did, step by step, in the admin user's language. */
@ExtendWith(BroadleafContextExtension.class)
class MemberReviewSummaryPageTest {

    @Resource(name = "messageSource")
    MessageSource messageSource;

    @Test
    void shouldTellAChineseAdminWhatEachStepDid() throws Exception {
        String page = render(new MemberReviewSummary(2, 0, 1), Locale.SIMPLIFIED_CHINESE);

        assertTrue(page.contains("\u4f1a\u5458\u5ba1\u6838\u5df2\u5b8c\u6210"), page);
        assertTrue(page.contains("\u65b0\u5efa\u62c9\u65b0\u5956\u52b1 2 \u7b14"), page);
        assertTrue(page.contains("\u5224\u5b9a\u5f85\u5b9a\u5956\u52b1 0 \u7b14"), page);
        assertTrue(page.contains("\u65b0\u53d1\u73b0\u6216\u66f4\u65b0\u5237\u5355\u9884\u8b66 1 \u6761"), page);
        assertFalse(page.contains("created") || page.contains("decided") || page.contains("raised"), page);
        assertTrue(page.contains("alert-box success"), page);
    }

    @Test
    void shouldTellAnEnglishAdminWhatEachStepDid() throws Exception {
        String page = render(new MemberReviewSummary(2, 0, 1), Locale.ENGLISH);

        assertTrue(page.contains("Member review done:"), page);
        assertTrue(page.contains("2 new-member bounties created"), page);
        assertTrue(page.contains("0 pending bounties decided"), page);
        assertTrue(page.contains("1 fraud signals raised or refreshed"), page);
    }

    @Test
    void shouldSayWhichStepFailedAndMarkTheRunAsAnAlert() throws Exception {
        String page = render(new MemberReviewSummary(3, 1, null), Locale.SIMPLIFIED_CHINESE);

        assertTrue(page.contains("\u5237\u5355\u9884\u8b66\u68c0\u6d4b\u672a\u5b8c\u6210"), page);
        assertTrue(page.contains("\u65b0\u5efa\u62c9\u65b0\u5956\u52b1 3 \u7b14"), page);
        assertTrue(page.contains("alert-box alert"), page);
    }

    private String render(MemberReviewSummary summary, Locale locale) throws Exception {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("viewType", "gc/memberReview");
        model.put("reviewSummary", summary);
        model.put("canRun", Boolean.TRUE);
        model.put("jobRuns", Collections.emptyList());
        model.put("jobNode", "admin-1@host-a");
        model.put(AdminPageSupport.TIMES, new DisplayTimes(ZoneId.of("Asia/Shanghai")));
        return new AdminPages(messageSource).render(model, locale);
    }
}
