package com.guidecommerce.core;

import com.guidecommerce.core.channel.order.OrderListener;
import com.guidecommerce.core.channel.order.OrderListeners;
import com.guidecommerce.core.common.PluginSecrets;
import com.guidecommerce.core.mallorder.workflow.RecordMallOrderActivity;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import com.guidecommerce.core.points.service.PointsListener;
import com.guidecommerce.core.points.workflow.RedeemPointsActivity;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(BroadleafContextExtension.class)
class PluginWiringTest {

    @Resource(name = "blCheckoutWorkflow")
    SequenceProcessor checkoutWorkflow;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @Resource(name = "gcPluginSecrets")
    PluginSecrets pluginSecrets;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

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
}
