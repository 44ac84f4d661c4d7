package com.guidecommerce.core.job;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.TierPeriod;
import com.guidecommerce.core.tier.service.TierEvaluationResult;
import com.guidecommerce.core.tier.service.TierService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

class TierEvaluationJobTest {

    @Test
    void shouldEvaluateTheLastSettledPeriodAsTheJob() {
        TierEvaluationJob job = new TierEvaluationJob();
        job.tierService = Mockito.mock(TierService.class);
        TierPeriod october = TierPeriod.parse("2026-10");
        List<TierEvaluationResult> results = Arrays.asList(
                new TierEvaluationResult(TierSubject.GUIDE, "2026-10", true, 40, 3),
                TierEvaluationResult.alreadyDone(TierSubject.DISTRIBUTOR, "2026-10"));
        when(job.tierService.lastSettledPeriod()).thenReturn(october);
        when(job.tierService.evaluate(october, TierEvaluationJob.NAME)).thenReturn(results);

        assertEquals(results, job.run());
    }

    @Test
    void shouldSummarizeWhatEachLadderDid() {
        TierEvaluationJob job = new TierEvaluationJob();

        String summary = job.summarize(Arrays.asList(new TierEvaluationResult(TierSubject.GUIDE, "2026-10", true, 40, 3),
                TierEvaluationResult.alreadyDone(TierSubject.DISTRIBUTOR, "2026-10")));

        List<Note> notes = Note.parse(summary);
        assertEquals(Arrays.asList("job.tierEvaluated", "job.tierEvaluatedBefore"),
                Arrays.asList(notes.get(0).getKey(), notes.get(1).getKey()));
    }
}
