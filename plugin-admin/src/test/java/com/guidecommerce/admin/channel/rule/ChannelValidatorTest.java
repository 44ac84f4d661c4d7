package com.guidecommerce.admin.channel.rule;

import com.guidecommerce.admin.common.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelValidatorTest {

    private final ChannelValidator validator = new ChannelValidator((code, id) -> "TMALL".equals(code) && id == null);

    @Test
    void shouldAcceptAWellFormedChannel() {
        assertEquals(Collections.emptyList(), validator.validate(null, "DOUYIN_2", "Asia/Shanghai", "15"));
    }

    @Test
    void shouldRefuseCodesThatAreNotUpperCaseLettersDigitsAndUnderscores() {
        for (String code : Arrays.asList("tmall", "T-MALL", "TM ALL", "天猫", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")) {
            assertEquals(Collections.singletonList(new FieldViolation("code", ChannelValidator.INVALID_CODE)),
                    validator.validate(null, code, "Asia/Shanghai", "7"), code);
        }
    }

    @Test
    void shouldRefuseACodeAnotherChannelHas() {
        assertEquals(Collections.singletonList(new FieldViolation("code", ChannelValidator.DUPLICATE_CODE)),
                validator.validate(null, "TMALL", "Asia/Shanghai", "7"));
        assertEquals(Collections.emptyList(), validator.validate(5L, "TMALL", "Asia/Shanghai", "7"));
    }

    @Test
    void shouldRefuseTimeZonesJavaDoesNotKnowAndOffsets() {
        for (String zone : Arrays.asList("Asia/Shangai", "+08:00", "CST")) {
            assertEquals(Collections.singletonList(new FieldViolation("timeZone", ChannelValidator.INVALID_TIME_ZONE)),
                    validator.validate(null, "JD", zone, "7"), zone);
        }
    }

    @Test
    void shouldKeepTheReturnWindowWithinAYear() {
        assertEquals(Collections.emptyList(), validator.validate(null, "JD", "Asia/Shanghai", "0"));
        assertEquals(Collections.emptyList(), validator.validate(null, "JD", "Asia/Shanghai", "365"));
        for (String days : Arrays.asList("-1", "366", "7.5", "seven")) {
            assertEquals(Collections.singletonList(new FieldViolation("returnWindowDays",
                    ChannelValidator.RETURN_WINDOW_OUT_OF_RANGE)), validator.validate(null, "JD", "Asia/Shanghai", days), days);
        }
    }

    @Test
    void shouldLeaveBlankValuesToTheRequiredFieldCheck() {
        assertEquals(Collections.emptyList(), validator.validate(null, " ", null, ""));
    }
}
