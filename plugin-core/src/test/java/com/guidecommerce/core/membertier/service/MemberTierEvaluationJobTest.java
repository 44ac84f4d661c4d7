package com.guidecommerce.core.membertier.service;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.tier.rule.TierPeriod;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

class MemberTierEvaluationJobTest {

    @Test
    void shouldEvaluateTheLastEndedPeriodAsTheJob() {
        MemberTierService service = Mockito.mock(MemberTierService.class);
        TierPeriod november = TierPeriod.parse("2026-11");
        MemberTierEvaluationResult result = new MemberTierEvaluationResult("2026-11", true, 120, 7);
        when(service.lastEndedPeriod()).thenReturn(november);
        when(service.evaluate(november, MemberTierEvaluationJob.NAME)).thenReturn(result);

        assertEquals(result, new MemberTierEvaluationJob(service).run());
    }

    @Test
    void shouldSummarizeAnEvaluationOrThatThePeriodWasDoneBefore() {
        MemberTierEvaluationJob job = new MemberTierEvaluationJob(Mockito.mock(MemberTierService.class));

        List<Note> applied = Note.parse(job.summarize(new MemberTierEvaluationResult("2026-11", true, 120, 7)));
        List<Note> before = Note.parse(job.summarize(MemberTierEvaluationResult.alreadyDone("2026-11")));

        assertEquals("job.memberTierEvaluated", applied.get(0).getKey());
        assertEquals(Arrays.asList("2026-11", "7", "120"), applied.get(0).getArgs());
        assertEquals("job.memberTierEvaluatedBefore", before.get(0).getKey());
    }
}
