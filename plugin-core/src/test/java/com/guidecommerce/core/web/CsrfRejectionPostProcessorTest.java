package com.guidecommerce.core.web;

import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.junit.jupiter.api.Test;
import org.springframework.web.filter.CharacterEncodingFilter;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfRejectionPostProcessorTest {

    @Test
    void shouldWrapEveryBroadleafCsrfFilterWhateverItsName() {
        CsrfFilter hostsFilter = new CsrfFilter();

        Object wired = new CsrfRejectionPostProcessor("/gc/form-expired").postProcessAfterInitialization(hostsFilter,
                "myShopsCsrfFilter");

        assertTrue(wired instanceof CsrfRejection);
        assertSame(hostsFilter, ((CsrfRejection) wired).getCsrfFilter());
    }

    @Test
    void shouldLeaveEveryOtherBeanAlone() {
        CharacterEncodingFilter other = new CharacterEncodingFilter();

        assertSame(other, new CsrfRejectionPostProcessor("/gc/form-expired").postProcessAfterInitialization(other, "x"));
    }

    @Test
    void shouldLeaveBroadleafsFilterAloneWhenTheHostSwitchesItOff() {
        CsrfFilter hostsFilter = new CsrfFilter();

        assertSame(hostsFilter, new CsrfRejectionPostProcessor("none").postProcessAfterInitialization(hostsFilter, "x"));
    }
}
