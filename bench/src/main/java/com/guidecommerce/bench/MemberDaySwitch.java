package com.guidecommerce.bench;

import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.service.MemberDayService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Turns the benchmark's member day on and off through the plugin's own service, as HQ does in the admin: on is a
 * campaign whose weekday is today's in the mall's zone, with a discount for every tier (so whatever the member's tier
 * is, one of its offers prices the cart); off deletes it, which ends and archives its Broadleaf offers, so Broadleaf
 * loads no plugin offer at all.
 */
final class MemberDaySwitch {

    static final String TIER = "GOLD";
    private static final String[][] BENEFITS = {{"GOLD", "12", "3"}, {"SILVER", "8", "2"}, {"REGULAR", "5", "1.5"}};

    private final MemberDayService memberDays;
    private final TransactionTemplate transaction;
    private Long campaignId;

    MemberDaySwitch(ConfigurableApplicationContext context, TransactionTemplate transaction) {
        this.memberDays = context.getBean("gcMemberDayService", MemberDayService.class);
        this.transaction = transaction;
    }

    /** A registered member of the benchmark's tier, as the member-tier feature would have recorded it. */
    Customer member(CustomerService customers) {
        Customer customer = customers.createCustomer();
        customer.setUsername("bench-member");
        customer.setEmailAddress("bench-member@example.com");
        customer.setFirstName("Bench");
        customer.setLastName("Member");
        customer.setRegistered(true);
        CustomerAttribute tier = new CustomerAttributeImpl();
        tier.setName("gcMemberTier");
        tier.setValue(TIER);
        tier.setCustomer(customer);
        customer.getCustomerAttributes().put(tier.getName(), tier);
        return customers.saveCustomer(customer);
    }

    void activate() {
        if (campaignId != null) {
            return;
        }
        campaignId = transaction.execute(status -> {
            ZoneId mall = memberDays.mallZone();
            LocalDate today = SystemTime.asDate().toInstant().atZone(mall).toLocalDate();
            MemberDayCampaign campaign = new MemberDayCampaignImpl();
            campaign.setName("Bench member day");
            campaign.setRecurrence(MemberDayRecurrence.WEEKLY);
            campaign.setWeekday(today.getDayOfWeek().getValue());
            campaign.setValidFrom(Date.from(today.minusDays(7).atStartOfDay(ZoneId.systemDefault()).toInstant()));
            campaign.setMinimumOrderAmount(new BigDecimal("99.00"));
            campaign.setUsesPerDay(1);
            for (String[] row : BENEFITS) {
                MemberDayBenefit benefit = new MemberDayBenefitImpl();
                benefit.setCampaign(campaign);
                benefit.setTierCode(row[0]);
                benefit.setDiscountType(MemberDayDiscountType.PERCENT_OFF);
                benefit.setDiscountValue(new BigDecimal(row[1]));
                benefit.setPointsMultiplier(new BigDecimal(row[2]));
                campaign.getBenefits().add(benefit);
            }
            return memberDays.saveCampaign(campaign).getId();
        });
    }

    void deactivate() {
        if (campaignId == null) {
            return;
        }
        final Long id = campaignId;
        transaction.execute(status -> {
            memberDays.deleteCampaign(id);
            return null;
        });
        campaignId = null;
    }
}
