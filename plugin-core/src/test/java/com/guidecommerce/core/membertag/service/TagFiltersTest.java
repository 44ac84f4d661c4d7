package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TagFiltersTest {

    @Test
    void shouldReadTagsWithAndWithoutValueAndSkipUnknownOnesAndRepeats() {
        assertEquals(Arrays.asList(MemberTag.of(TagCode.DORMANT), new MemberTag(TagCode.SPEND_BAND, "HIGH")),
                TagFilters.parse(Arrays.asList("dormant", "SPEND_BAND=HIGH", "SLEEPY", " ", "DORMANT", "DORMANT=")));
        assertEquals(Collections.emptyList(), TagFilters.parse(null));
    }

    @Test
    void shouldOfferOneFilterPerSpendBandAndTheTagItselfOtherwise() {
        assertEquals(Arrays.asList("SPEND_BAND=LOW", "SPEND_BAND=MID", "SPEND_BAND=HIGH"),
                Arrays.asList(TagFilters.choicesOf(TagCode.SPEND_BAND).stream().map(TagFilters::format)
                        .toArray()));
        assertEquals(Arrays.asList(MemberTag.of(TagCode.REPEAT_BUYER)), TagFilters.choicesOf(TagCode.REPEAT_BUYER));
    }
}
