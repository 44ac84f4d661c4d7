package com.guidecommerce.demo.site;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShippingFormTest {

    @Test
    void shouldAcceptCompleteDeliveryDetailsWithoutPostalCode() {
        assertTrue(form("王小明", "13912345678", "杭州", "文三路 90 号", "").validate().isEmpty());
    }

    @Test
    void shouldNameEveryMissingOrMalformedField() {
        Map<String, String> errors = form(" ", "phone?", "", null, "邮编").validate();

        assertEquals("checkout.error.fullName", errors.get("fullName"));
        assertEquals("checkout.error.phone", errors.get("phone"));
        assertEquals("checkout.error.city", errors.get("city"));
        assertEquals("checkout.error.address", errors.get("address"));
        assertEquals("checkout.error.postalCode", errors.get("postalCode"));
    }

    private static ShippingForm form(String name, String phone, String city, String address, String postalCode) {
        ShippingForm form = new ShippingForm();
        form.setFullName(name);
        form.setPhone(phone);
        form.setCity(city);
        form.setAddress(address);
        form.setPostalCode(postalCode);
        return form;
    }
}
