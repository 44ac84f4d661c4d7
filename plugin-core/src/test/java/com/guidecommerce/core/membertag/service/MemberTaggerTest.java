package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.membertag.dao.HeldTag;
import com.guidecommerce.core.membertag.rule.MemberTag;
import com.guidecommerce.core.membertag.rule.TagCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemberTaggerTest {

    private static final Long MEMBER = 7L;

    @Test
    void shouldAddChangeAndRemoveOnlyWhatDiffers() {
        Map<TagCode, HeldTag> held = new EnumMap<TagCode, HeldTag>(TagCode.class);
        held.put(TagCode.NEW_MEMBER, held(MemberTag.of(TagCode.NEW_MEMBER)));
        held.put(TagCode.SPEND_BAND, held(new MemberTag(TagCode.SPEND_BAND, "LOW")));
        held.put(TagCode.PLATFORM_ONLY, held(new MemberTag(TagCode.PLATFORM_ONLY, "TMALL")));

        assertEquals("[ADDED REPEAT_BUYER, CHANGED SPEND_BAND LOW->MID, REMOVED NEW_MEMBER]",
                MemberTagger.changes(MEMBER, held, Arrays.asList(MemberTag.of(TagCode.REPEAT_BUYER),
                        new MemberTag(TagCode.PLATFORM_ONLY, "TMALL"), new MemberTag(TagCode.SPEND_BAND, "MID")))
                        .toString());
    }

    @Test
    void shouldChangeNothingWhenTheTagsAreDueAlready() {
        Map<TagCode, HeldTag> held = Collections.singletonMap(TagCode.DORMANT, held(MemberTag.of(TagCode.DORMANT)));

        assertEquals(Collections.emptyList(), MemberTagger.changes(MEMBER, held,
                Arrays.asList(MemberTag.of(TagCode.DORMANT))));
    }

    private static HeldTag held(MemberTag tag) {
        return new HeldTag(MEMBER, tag, new Date(0));
    }
}
