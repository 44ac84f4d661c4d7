package com.guidecommerce.core;

import com.guidecommerce.core.binding.service.BindingListener;
import com.guidecommerce.core.birthday.domain.BirthdayGift;
import com.guidecommerce.core.birthday.workflow.BirthdayGiftOfferHandler;
import com.guidecommerce.core.birthday.workflow.ForeignGiftCodeActivity;
import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.channel.order.OrderListeners;
import com.guidecommerce.core.common.PluginSecrets;
import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.mallorder.workflow.RecordMallOrderActivity;
import com.guidecommerce.core.memberday.service.CampaignPointsMultipliers;
import com.guidecommerce.core.memberday.service.MallOfferTimeZone;
import com.guidecommerce.core.memberday.service.MemberDayOfferFilter;
import com.guidecommerce.core.memberday.workflow.MemberDayCheckoutActivity;
import com.guidecommerce.core.membertag.service.MemberTagJob;
import com.guidecommerce.core.membertag.service.MemberTagListener;
import com.guidecommerce.core.membertier.service.MemberSpendListener;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.packagecard.rule.CardCodes;
import com.guidecommerce.core.packagecard.service.PackageCardListener;
import com.guidecommerce.core.points.service.PointsListener;
import com.guidecommerce.core.points.workflow.RedeemPointsActivity;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;
import org.broadleafcommerce.core.offer.service.processor.OfferTimeZoneProcessor;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.OrderComparator;
import org.springframework.core.Ordered;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(BroadleafContextExtension.class)
class PluginWiringTest {

    @Resource(name = "blCheckoutWorkflow")
    SequenceProcessor checkoutWorkflow;

    @Resource(name = "blPricingWorkflow")
    SequenceProcessor pricingWorkflow;

    @Resource(name = "blOfferServiceExtensionManager")
    OfferServiceExtensionManager offerExtensions;

    @Resource(name = "gcBirthdayGiftOfferHandler")
    BirthdayGiftOfferHandler birthdayGiftOfferHandler;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @Resource(name = "gcPluginSecrets")
    PluginSecrets pluginSecrets;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    @Resource(name = "blOfferTimeZoneProcessor")
    OfferTimeZoneProcessor offerTimeZone;

    @Resource
    ApplicationContext context;

    @Resource(name = "gcOrderListeners")
    OrderListeners orderListeners;

    @Resource(name = "gcPointsListener")
    PointsListener pointsListener;

    @Resource(name = "gcCommissionListener")
    OrderListener commissionListener;

    @Test
    void shouldRunRecordMallOrderActivityRightAfterBroadleafCompletesTheOrder() {
        List<? extends Activity<?>> activities = checkoutWorkflow.getActivities();
        int completeOrder = indexOf(activities, "blCompleteOrderActivity");
        int recordMallOrder = indexOf(activities, "gcRecordMallOrderActivity");

        assertTrue(completeOrder >= 0, "Broadleaf's CompleteOrderActivity is in the checkout workflow");
        assertEquals(completeOrder + 1, recordMallOrder);
        assertTrue(activities.get(recordMallOrder) instanceof RecordMallOrderActivity);
    }

    @Test
    void shouldTakeForeignGiftAndCouponCodesOffRightBeforeBroadleafsOfferActivity() {
        List<? extends Activity<?>> activities = pricingWorkflow.getActivities();
        int offers = indexOf(activities, "blOfferActivity");
        int foreignGiftCodes = indexOf(activities, "gcForeignGiftCodeActivity");
        int foreignCoupons = indexOf(activities, "gcForeignCouponCodeActivity");

        assertTrue(offers > 0, "Broadleaf's OfferActivity is in the pricing workflow");
        // The plugin's two personal-code checks run last before Broadleaf applies offers: birthday gifts, then
        // member-day coupons.
        assertEquals(offers - 2, foreignGiftCodes);
        assertEquals(offers - 1, foreignCoupons);
        assertTrue(activities.get(foreignGiftCodes) instanceof ForeignGiftCodeActivity);
    }

    @Test
    void shouldPutMembersBirthdayGiftCodesOnTheirCartsThroughBroadleafsOfferExtensions() {
        assertTrue(offerExtensions.getHandlers().contains(birthdayGiftOfferHandler));
    }

    @Test
    void shouldCreateBirthdayEntitiesThroughBroadleafEntityConfiguration() {
        assertEquals("com.guidecommerce.core.birthday.domain.BirthdayGiftImpl",
                entityConfiguration.createEntityInstance(BirthdayGift.class.getName()).getClass().getName());
    }

    @Test
    void shouldRecheckMemberDayPricesAfterBroadleafsOfferUseCheckAndBeforePayment() {
        List<? extends Activity<?>> activities = checkoutWorkflow.getActivities();
        int memberDay = indexOf(activities, "gcMemberDayCheckoutActivity");

        assertEquals(indexOf(activities, "blVerifyCustomerMaxOfferUsesActivity") + 1, memberDay);
        assertTrue(memberDay < indexOf(activities, "blValidateAndConfirmPaymentActivity"));
        assertTrue(activities.get(memberDay) instanceof MemberDayCheckoutActivity);
    }

    @Test
    void shouldFilterBroadleafsOffersAndPinTheirTimeZoneToTheMalls() {
        assertTrue(offerExtensions.getHandlers().stream().anyMatch(h -> h instanceof MemberDayOfferFilter));
        assertTrue(offerTimeZone instanceof MallOfferTimeZone);
        // The test context wraps the bean (TestPointsMultipliers); the definition is the plugin's.
        assertEquals(CampaignPointsMultipliers.class.getName(), ((ConfigurableApplicationContext) context)
                .getBeanFactory().getBeanDefinition("gcPointsMultipliers").getBeanClassName());
    }

    @Test
    void shouldTakePointsRightAfterBroadleafConfirmedThePayments() {
        List<? extends Activity<?>> activities = checkoutWorkflow.getActivities();
        int confirmPayments = indexOf(activities, "blValidateAndConfirmPaymentActivity");
        int redeemPoints = indexOf(activities, "gcRedeemPointsActivity");

        assertTrue(confirmPayments >= 0, "Broadleaf's payment confirmation is in the checkout workflow");
        assertEquals(confirmPayments + 1, redeemPoints);
        assertTrue(activities.get(redeemPoints) instanceof RedeemPointsActivity);
    }

    @Test
    void shouldHearThePointsLedgerAfterTheCommissionLedgerAndTheFigures() {
        List<OrderListener> heard = orderListeners.getListeners();

        assertTrue(heard.contains(pointsListener), "gcPointsListener hears the order stream");
        assertEquals(PointsListener.ORDER, pointsListener.getOrder());
        assertTrue(heard.indexOf(commissionListener) < heard.indexOf(pointsListener));
    }

    @Test
    void shouldHearPackageCardsLastAfterThePointsLedger() {
        List<OrderListener> heard = orderListeners.getListeners();
        OrderListener packageCards = context.getBean("gcPackageCardListener", OrderListener.class);

        assertEquals(PackageCardListener.ORDER, ((Ordered) packageCards).getOrder());
        assertTrue(heard.indexOf(pointsListener) < heard.indexOf(packageCards), heard.toString());
    }

    @Test
    void shouldSignPackageCardsWithTheTestsSecretAndCreateCampaignsThroughBroadleaf() {
        assertTrue(context.getBean("gcPackageCardCodes", CardCodes.class).isHonoured());
        assertEquals("com.guidecommerce.core.packagecard.domain.PackageCardCampaignImpl", entityConfiguration.createEntityInstance(
                PackageCardCampaign.class.getName()).getClass().getName());
    }

    @Test
    void shouldCreatePluginEntitiesThroughBroadleafEntityConfiguration() {
        Object store = entityConfiguration.createEntityInstance(Store.class.getName());

        assertEquals(StoreImpl.class, store.getClass());
    }

    @Test
    void shouldRunTheTestsWithSecretsOfTheirOwnSoIngestAndShareCodesAreOn() {
        assertTrue(pluginSecrets.areSet(), "the test context sets gc.share.secret and gc.identity.phoneSalt");
        assertTrue(shareCodes.isHonoured());
    }

    private static int indexOf(List<? extends Activity<?>> activities, String beanName) {
        for (int i = 0; i < activities.size(); i++) {
            if (beanName.equals(activities.get(i).getBeanName())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void shouldCountMembersSpendAfterTheLedgerAndTheBoards() {
        List<OrderListener> listeners = new ArrayList<OrderListener>(
                context.getBeansOfType(OrderListener.class).values());
        OrderComparator.sort(listeners);

        int ledger = listeners.indexOf(context.getBean("gcCommissionListener"));
        int boards = listeners.indexOf(context.getBean("gcOrderFiguresListener"));
        int spend = listeners.indexOf(context.getBean("gcMemberSpendListener"));
        assertTrue(ledger >= 0 && ledger < boards && boards < spend, listeners.toString());
        assertEquals(MemberSpendListener.ORDER, ((Ordered) listeners.get(spend)).getOrder());
    }

    @Test
    void shouldTagMembersAfterTheirSpendAndPointsAndHearBindings() {
        List<OrderListener> listeners = new ArrayList<OrderListener>(
                context.getBeansOfType(OrderListener.class).values());
        OrderComparator.sort(listeners);

        int spend = listeners.indexOf(context.getBean("gcMemberSpendListener"));
        int points = listeners.indexOf(context.getBean("gcPointsListener"));
        int tags = listeners.indexOf(context.getBean("gcMemberTagListener"));
        assertTrue(spend < points && points < tags, listeners.toString());
        assertEquals(MemberTagListener.ORDER, ((Ordered) listeners.get(tags)).getOrder());
        assertTrue(context.getBeansOfType(BindingListener.class).containsValue(
                context.getBean("gcMemberTagBindingListener")));
        assertEquals(MemberTagJob.NAME, context.getBean("gcMemberTagJob", MemberTagJob.class).getName());
    }

    @Test
    void shouldEvaluateBroadleafsOfferRulesWithMvelsReflectiveOptimizer() {
        assertTrue(org.mvel2.optimizers.OptimizerFactory.getDefaultAccessorCompiler()
                instanceof org.mvel2.optimizers.impl.refl.ReflectiveAccessorOptimizer);
    }
}
