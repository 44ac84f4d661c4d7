package com.guidecommerce.site.guide;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonalDataMaskTest {

    @Test
    void shouldKeepTwoLettersOfTheMailboxAndTheWholeDomain() {
        assertEquals("sh***@example.com", PersonalDataMask.email("shopper@example.com"));
    }

    @Test
    void shouldHideAtLeastOneLetterOfAShortMailbox() {
        assertEquals("a***@example.com", PersonalDataMask.email("ab@example.com"));
        assertEquals("a***@example.com", PersonalDataMask.email("a@example.com"));
    }

    @Test
    void shouldMaskAnAddressWithoutAtSign() {
        assertEquals("g0***", PersonalDataMask.email("g0001"));
    }

    @Test
    void shouldShowNothingWhenThereIsNoEmail() {
        assertNull(PersonalDataMask.email(null));
        assertNull(PersonalDataMask.email("  "));
    }

    @Test
    void shouldKeepTheFirstThreeAndLastFourDigitsOfAMobileNumber() {
        assertEquals("138****0001", PersonalDataMask.phone("13800000001"));
    }

    @Test
    void shouldMaskALandlineTheSameWay() {
        assertEquals("057****1234", PersonalDataMask.phone("0571-87001234"));
    }

    @Test
    void shouldIgnoreSpacesInsideTheNumber() {
        assertEquals("138****0001", PersonalDataMask.phone("138 0000 0001"));
    }

    @Test
    void shouldKeepOnlyTheLastTwoDigitsOfAShortNumber() {
        assertEquals("****01", PersonalDataMask.phone("12301"));
        assertEquals("****", PersonalDataMask.phone("12"));
    }

    @Test
    void shouldShowNothingWhenThereIsNoPhone() {
        assertNull(PersonalDataMask.phone(null));
        assertNull(PersonalDataMask.phone(""));
    }
}
