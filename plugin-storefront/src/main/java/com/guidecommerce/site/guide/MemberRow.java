package com.guidecommerce.site.guide;

import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.channel.service.MemberSpend;
import com.guidecommerce.site.common.StoreDates;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerPhone;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.TimeZone;

/** One member as their guide sees them on the workbench: contact details masked, dates in the store's calendar. */
public final class MemberRow {

    /** Followed by the source's type, e.g. {@code gc.source.STORE_QR}. */
    public static final String SOURCE_MESSAGE_PREFIX = "gc.source.";

    private final Long memberNo;
    private final String firstName;
    private final String email;
    private final String phone;
    private final String boundOn;
    private final String sourceKey;
    private final String validUntil;
    private String spend;
    private long orders;
    private String lastPurchase;
    private String lastChannel;

    private MemberRow(Long memberNo, String firstName, String email, String phone, String boundOn, String sourceKey,
                      String validUntil) {
        this.memberNo = memberNo;
        this.firstName = firstName;
        this.email = email;
        this.phone = phone;
        this.boundOn = boundOn;
        this.sourceKey = sourceKey;
        this.validUntil = validUntil;
    }

    public static MemberRow of(MemberBinding binding, TimeZone storeZone) {
        Customer member = binding.getMember();
        return new MemberRow(member.getId(), member.getFirstName(), PersonalDataMask.email(member.getEmailAddress()),
                PersonalDataMask.phone(phoneOf(member)), StoreDates.day(binding.getBoundAt(), storeZone),
                SOURCE_MESSAGE_PREFIX + binding.getSource().getType(), StoreDates.day(binding.getValidUntil(), storeZone));
    }

    /**
     * Adds what the member bought in every channel: net spend, orders, the day (store's calendar) and channel of the
     * last purchase. Without {@code spend} the member never bought: nothing spent, no last purchase.
     */
    MemberRow withSpend(MemberSpend spend, String channelLabel, TimeZone storeZone, Locale locale) {
        this.spend = WorkbenchText.money(spend == null ? BigDecimal.ZERO : spend.getNetSpend(), locale);
        this.orders = spend == null ? 0 : spend.getOrders();
        this.lastPurchase = spend == null ? null : StoreDates.day(spend.getLastPaidAt(), storeZone);
        this.lastChannel = channelLabel;
        return this;
    }

    /** The member's default phone, else the first one they gave. */
    private static String phoneOf(Customer member) {
        String first = null;
        for (CustomerPhone customerPhone : member.getCustomerPhones()) {
            if (customerPhone.getPhone() == null) {
                continue;
            }
            if (customerPhone.getPhone().isDefault()) {
                return customerPhone.getPhone().getPhoneNumber();
            }
            if (first == null) {
                first = customerPhone.getPhone().getPhoneNumber();
            }
        }
        return first;
    }

    /** The member's number (their customer id), which the search finds them by. */
    public Long getMemberNo() {
        return memberNo;
    }

    /** Net spend in every channel, e.g. {@code ¥1,234.00}. */
    public String getSpend() {
        return spend;
    }

    public long getOrders() {
        return orders;
    }

    /** Day of the last purchase; null when the member never bought. */
    public String getLastPurchase() {
        return lastPurchase;
    }

    /** The channel of the last purchase, named; null when the member never bought. */
    public String getLastChannel() {
        return lastChannel;
    }

    public String getFirstName() {
        return firstName;
    }

    /** Masked, e.g. {@code sh***@example.com}; {@code null} when the member gave none. */
    public String getEmail() {
        return email;
    }

    /** Masked, e.g. {@code 138****0001}; {@code null} when the member gave none. */
    public String getPhone() {
        return phone;
    }

    public String getBoundOn() {
        return boundOn;
    }

    /** Message key of the binding's source, e.g. {@code gc.source.STORE_QR}. */
    public String getSourceKey() {
        return sourceKey;
    }

    /** Last day of the binding; {@code null} when it is permanent. */
    public String getValidUntil() {
        return validUntil;
    }
}
