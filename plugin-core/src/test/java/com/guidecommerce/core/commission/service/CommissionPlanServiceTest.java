package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.LedgerRows.PlanRow;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Publishing and copying commission plan versions on the real database. Publications happen at a frozen moment
 * before every other test's plan, so the versions these tests leave behind never decide another test's rates.
 */
@ExtendWith(BroadleafContextExtension.class)
class CommissionPlanServiceTest {

    private static final long PUBLISHED_AT = LedgerRows.BEFORE_EVERY_PLAN;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcCommissionPlanService")
    CommissionPlanService planService;

    LedgerRows rows;

    @BeforeEach
    void freezeTime() {
        rows = new LedgerRows(context);
        SystemTime.setGlobalTimeSource(new FixedTimeSource(PUBLISHED_AT));
    }

    @AfterEach
    void resetTime() {
        SystemTime.reset();
    }

    @Test
    void shouldPublishADraftFromNowAndRecordWhoPublishedIt() {
        PlanRow draft = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");

        planService.publish(draft.id, "hq-ops");

        Map<String, Object> stored = stored(draft.id);
        assertEquals("ACTIVE", stored.get("STATUS"));
        assertEquals(PUBLISHED_AT, storedTime("EFFECTIVE_FROM", draft.id).getTime());
        assertEquals(PUBLISHED_AT, storedTime("PUBLISHED_AT", draft.id).getTime());
        assertEquals("hq-ops", stored.get("PUBLISHED_BY"));
        assertEquals(draft.id, planService.findActivePlan().getId().longValue());
    }

    @Test
    void shouldRetireTheVersionInForceWhenTheNextIsPublished() {
        PlanRow first = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        PlanRow second = rows.plan("DRAFT", null, "BOUND_GUIDE", "6");
        planService.publish(first.id, "hq-ops");

        planService.publish(second.id, "hq-ops");

        assertEquals(Arrays.asList("RETIRED", "ACTIVE"),
                Arrays.asList(stored(first.id).get("STATUS"), stored(second.id).get("STATUS")));
        assertEquals(1, (int) rows.jdbc().queryForObject(
                "select count(*) from GC_COMMISSION_PLAN where STATUS = 'ACTIVE'", Integer.class));
    }

    @Test
    void shouldRefuseToPublishAVersionTwice() {
        PlanRow draft = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        planService.publish(draft.id, "hq-ops");

        CommissionPlanException refused = assertThrows(CommissionPlanException.class,
                () -> planService.publish(draft.id, "hq-ops"));

        assertEquals(CommissionPlanException.NOT_DRAFT, refused.getCode());
    }

    @Test
    void shouldRefuseToPublishADraftWithoutRules() {
        PlanRow draft = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        rows.jdbc().update("delete from GC_COMMISSION_RULE where PLAN_ID = ?", draft.id);

        CommissionPlanException refused = assertThrows(CommissionPlanException.class,
                () -> planService.publish(draft.id, "hq-ops"));

        assertEquals(CommissionPlanException.NO_RULES, refused.getCode());
        assertEquals("DRAFT", stored(draft.id).get("STATUS"));
    }

    @Test
    void shouldCopyAPublishedVersionAndItsRulesIntoTheNextDraft() {
        PlanRow published = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        rows.rule(published.id, null, null, "DOUYIN");
        planService.publish(published.id, "hq-ops");

        CommissionPlan copy = planService.newVersion(published.id, "hq-finance");

        Map<String, Object> stored = stored(copy.getId());
        assertEquals("DRAFT", stored.get("STATUS"));
        assertEquals(planService.nextVersionNo() - 1, ((Number) stored.get("VERSION_NO")).intValue());
        assertEquals("hq-finance", stored.get("CREATED_BY"));
        assertNull(stored.get("EFFECTIVE_FROM"));
        List<Map<String, Object>> rules = rows.jdbc().queryForList("select ROLE, RATE_PERCENT, EXCLUDED, CHANNEL_CODE"
                + " from GC_COMMISSION_RULE where PLAN_ID = ? order by EXCLUDED", copy.getId());
        assertEquals(2, rules.size());
        assertEquals("BOUND_GUIDE", rules.get(0).get("ROLE"));
        assertEquals(0, new BigDecimal("5").compareTo((BigDecimal) rules.get(0).get("RATE_PERCENT")));
        assertEquals("DOUYIN", rules.get(1).get("CHANNEL_CODE"));
        assertEquals("ACTIVE", stored(published.id).get("STATUS"), "copying leaves the published version alone");
    }

    @Test
    void shouldCopyTheCategoryARuleIsLimitedTo() {
        PlanRow published = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        long dresses = rows.category("Dresses " + LedgerRows.nextId());
        rows.jdbc().update("update GC_COMMISSION_RULE set CATEGORY_ID = ? where RULE_ID = ?", dresses, published.ruleId);
        planService.publish(published.id, "hq-ops");

        CommissionPlan copy = planService.newVersion(published.id, "hq-finance");

        assertEquals(dresses, ((Number) rows.jdbc().queryForObject(
                "select CATEGORY_ID from GC_COMMISSION_RULE where PLAN_ID = ?", Object.class, copy.getId())).longValue());
    }

    @Test
    void shouldTellADraftFromAPublishedVersion() {
        PlanRow draft = rows.plan("DRAFT", null, "BOUND_GUIDE", "5");
        PlanRow retired = rows.plan("RETIRED", new Date(PUBLISHED_AT), "BOUND_GUIDE", "5");

        assertEquals(Arrays.asList(true, false, false),
                Arrays.asList(planService.isDraft(draft.id), planService.isDraft(retired.id), planService.isDraft(-1L)));
    }

    /** A time column read as a timestamp (MySQL's driver answers a plain read with a LocalDateTime). */
    private Timestamp storedTime(String column, long planId) {
        return rows.jdbc().queryForObject("select " + column + " from GC_COMMISSION_PLAN where PLAN_ID = ?", Timestamp.class,
                planId);
    }

    private Map<String, Object> stored(long planId) {
        return rows.jdbc().queryForMap("select STATUS, VERSION_NO, EFFECTIVE_FROM, PUBLISHED_AT, PUBLISHED_BY, CREATED_BY"
                + " from GC_COMMISSION_PLAN where PLAN_ID = ?", planId);
    }
}
