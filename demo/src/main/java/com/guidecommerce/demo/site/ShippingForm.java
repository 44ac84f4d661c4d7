package com.guidecommerce.demo.site;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checkout page's delivery details. */
public class ShippingForm {

    private String fullName;
    private String phone;
    private String city;
    private String address;
    private String postalCode;

    /** Field name to message key of each problem; empty when the form can be submitted. */
    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (isBlank(fullName) || fullName.trim().length() > 50) {
            errors.put("fullName", "checkout.error.fullName");
        }
        if (phone == null || !phone.trim().matches("\\+?[0-9][0-9 -]{6,19}")) {
            errors.put("phone", "checkout.error.phone");
        }
        if (isBlank(city) || city.trim().length() > 50) {
            errors.put("city", "checkout.error.city");
        }
        if (isBlank(address) || address.trim().length() > 200) {
            errors.put("address", "checkout.error.address");
        }
        if (postalCode != null && !postalCode.trim().isEmpty() && !postalCode.trim().matches("[0-9A-Za-z -]{3,10}")) {
            errors.put("postalCode", "checkout.error.postalCode");
        }
        return errors;
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }
}
