package com.guidecommerce.admin;

import com.guidecommerce.admin.binding.handler.BindingPolicyCustomPersistenceHandler;
import com.guidecommerce.admin.channel.handler.ChannelCustomPersistenceHandler;
import com.guidecommerce.admin.channel.handler.ChannelOrderListPersistenceHandler;
import com.guidecommerce.admin.board.web.DashboardController;
import com.guidecommerce.admin.board.web.LeaderboardController;
import com.guidecommerce.admin.channel.web.ChannelImportController;
import com.guidecommerce.admin.channel.web.ChannelSecretController;
import com.guidecommerce.admin.channel.web.IdentifyBuyerController;
import com.guidecommerce.admin.channel.web.UnmatchedOrderController;
import com.guidecommerce.admin.commission.handler.CommissionPlanCustomPersistenceHandler;
import com.guidecommerce.admin.commission.handler.CommissionRuleCustomPersistenceHandler;
import com.guidecommerce.admin.commission.handler.LedgerListPersistenceHandler;
import com.guidecommerce.admin.commission.web.CommissionExplainController;
import com.guidecommerce.admin.commission.web.CommissionPlanVersionController;
import com.guidecommerce.admin.commission.web.PublishedPlanFormHandler;
import com.guidecommerce.admin.common.NewestFirstPersistenceHandler;
import com.guidecommerce.admin.common.web.AdminErrorController;
import com.guidecommerce.admin.common.web.AdminErrorResolver;
import com.guidecommerce.admin.common.web.DateTimesFormHandler;
import com.guidecommerce.admin.common.web.EntityLinksFormHandler;
import com.guidecommerce.admin.common.web.SecretsBanner;
import com.guidecommerce.admin.departure.web.GuideDepartureController;
import com.guidecommerce.admin.fraud.handler.FraudSignalCustomPersistenceHandler;
import com.guidecommerce.admin.fraud.web.FraudReviewController;
import com.guidecommerce.admin.organisation.handler.GuideCustomPersistenceHandler;
import com.guidecommerce.admin.organisation.handler.StoreCustomPersistenceHandler;
import com.guidecommerce.admin.organisation.web.GuideLinksFormHandler;
import com.guidecommerce.admin.packagecard.web.PackageCardLinksFormHandler;
import com.guidecommerce.admin.organisation.web.GuideStoreChangeController;
import com.guidecommerce.admin.poster.web.GuidePosterController;
import com.guidecommerce.admin.review.web.MemberReviewController;
import com.guidecommerce.admin.settlement.web.SettlementController;
import com.guidecommerce.admin.memberday.handler.MemberDayBenefitPersistenceHandler;
import com.guidecommerce.admin.memberday.handler.MemberDayCampaignPersistenceHandler;
import com.guidecommerce.admin.membertier.handler.MemberTierCustomPersistenceHandler;
import com.guidecommerce.admin.tier.handler.TierCustomPersistenceHandler;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.web.CsrfRejectionPostProcessor;
import com.guidecommerce.core.web.WebHygieneFilter;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.config.TypedStringValue;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(BroadleafContextExtension.class)
class AdminWiringTest {

    /** What {@code <mvc:resources>} declares: the resource handler, its URL mapping and Spring MVC's defaults. */
    private static final int WEBJAR_BEANS = 5;

    @Resource
    ApplicationContext context;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    @Test
    void shouldRegisterStoreAndGuideHandlersInBroadleafsHandlerList() {
        @SuppressWarnings("unchecked")
        List<CustomPersistenceHandler> handlers = context.getBean("blCustomPersistenceHandlers", List.class);

        assertEquals(1, count(handlers, StoreCustomPersistenceHandler.class));
        assertEquals(1, count(handlers, GuideCustomPersistenceHandler.class));
    }

    @Test
    void shouldResolveOurLabelsThroughBroadleafsAdminMessageSource() {
        assertEquals("Store Code", messageSource.getMessage("GcStore_code", null, Locale.ENGLISH));
        assertEquals("\u95e8\u5e97\u7f16\u7801", messageSource.getMessage("GcStore_code", null, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void shouldKeepBroadleafsOwnAdminLabels() {
        assertEquals("Customer Care", messageSource.getMessage("BLCCustomerCare", null, Locale.ENGLISH));
    }

    @Test
    void shouldRegisterThePolicyHandlerAndTheNewestFirstListsInBroadleafsHandlerList() {
        @SuppressWarnings("unchecked")
        List<CustomPersistenceHandler> handlers = context.getBean("blCustomPersistenceHandlers", List.class);

        assertEquals(1, count(handlers, BindingPolicyCustomPersistenceHandler.class));
        assertEquals(14, count(handlers, NewestFirstPersistenceHandler.class));
    }

    @Test
    void shouldRegisterTheMemberDayHandlersInBroadleafsHandlerList() {
        @SuppressWarnings("unchecked")
        List<CustomPersistenceHandler> handlers = context.getBean("blCustomPersistenceHandlers", List.class);

        assertEquals(1, count(handlers, MemberDayCampaignPersistenceHandler.class));
        assertEquals(1, count(handlers, MemberDayBenefitPersistenceHandler.class));
    }

    @Test
    void shouldRegisterTheTierHandlerInBroadleafsHandlerList() {
        @SuppressWarnings("unchecked")
        List<CustomPersistenceHandler> handlers = context.getBean("blCustomPersistenceHandlers", List.class);

        assertEquals(1, count(handlers, TierCustomPersistenceHandler.class));
        assertEquals(1, count(handlers, MemberTierCustomPersistenceHandler.class));
    }

    @Test
    void shouldRegisterTheFraudReviewHandlerInBroadleafsHandlerList() {
        @SuppressWarnings("unchecked")
        List<CustomPersistenceHandler> handlers = context.getBean("blCustomPersistenceHandlers", List.class);

        assertEquals(1, count(handlers, FraudSignalCustomPersistenceHandler.class));
    }

    @Test
    void shouldRegisterTheCommissionHandlersInBroadleafsHandlerList() {
        @SuppressWarnings("unchecked")
        List<CustomPersistenceHandler> handlers = context.getBean("blCustomPersistenceHandlers", List.class);

        assertEquals(1, count(handlers, ChannelCustomPersistenceHandler.class));
        assertEquals(1, count(handlers, CommissionPlanCustomPersistenceHandler.class));
        assertEquals(1, count(handlers, CommissionRuleCustomPersistenceHandler.class));
        assertEquals(1, count(handlers, ChannelOrderListPersistenceHandler.class));
        assertEquals(1, count(handlers, LedgerListPersistenceHandler.class));
    }

    @Test
    void shouldRegisterThePlanOrderAndLedgerLinksWithBroadleafsFormBuilder() {
        FormBuilderExtensionManager manager = context.getBean("blFormBuilderExtensionManager", FormBuilderExtensionManager.class);

        assertEquals(1, count(manager.getHandlers(), EntityLinksFormHandler.class));
    }

    @Test
    void shouldRegisterTheTimesOfThePluginsGridsAndFormsWithBroadleafsFormBuilder() {
        FormBuilderExtensionManager manager = context.getBean("blFormBuilderExtensionManager", FormBuilderExtensionManager.class);

        assertEquals(1, count(manager.getHandlers(), DateTimesFormHandler.class));
    }

    @Test
    void shouldRegisterThePublishedPlanReadOnlyFormsWithBroadleafsFormBuilder() {
        FormBuilderExtensionManager manager = context.getBean("blFormBuilderExtensionManager", FormBuilderExtensionManager.class);

        assertEquals(1, count(manager.getHandlers(), PublishedPlanFormHandler.class));
    }

    @Test
    void shouldRegisterTheGuideLinksWithBroadleafsFormBuilder() {
        FormBuilderExtensionManager manager = context.getBean("blFormBuilderExtensionManager", FormBuilderExtensionManager.class);

        assertEquals(1, count(manager.getHandlers(), GuideLinksFormHandler.class));
    }

    @Test
    void shouldRegisterThePackageCardLinksWithBroadleafsFormBuilder() {
        FormBuilderExtensionManager manager = context.getBean("blFormBuilderExtensionManager", FormBuilderExtensionManager.class);

        assertEquals(1, count(manager.getHandlers(), PackageCardLinksFormHandler.class));
    }

    @Test
    void shouldPutTheSecretsBannerOnTheAdminsRequestsThroughTheServletContextFile() {
        DefaultListableBeanFactory factory = servletContextFile();

        assertEquals(SecretsBanner.class.getName(), factory.getBeanDefinition("gcSecretsBanner").getBeanClassName());
        List<String> interceptors = new ArrayList<String>();
        for (String name : factory.getBeanNamesForType(MappedInterceptor.class)) {
            Object interceptor = factory.getBeanDefinition(name).getConstructorArgumentValues()
                    .getIndexedArgumentValue(2, null).getValue();
            interceptors.add(((RuntimeBeanReference) interceptor).getBeanName());
        }
        assertEquals(Collections.singletonList("gcSecretsBanner"), interceptors);
    }

    @Test
    void shouldDeclareOnlyOurAdminPagesInTheServletContextFile() {
        DefaultListableBeanFactory factory = servletContextFile();
        List<String> pages = new ArrayList<String>();
        for (String name : factory.getBeanDefinitionNames()) {
            if (name.endsWith("Controller")) {
                pages.add(name);
            }
        }

        assertEquals(Arrays.asList("gcGuideDepartureController", "gcGuideStoreChangeController",
                "gcPackageCardQrController", "gcPackageCardPrintController", "gcGuidePosterController",
                "gcFraudReviewController", "gcMemberReviewController", "gcSettlementController",
                "gcChannelImportController", "gcChannelSecretController", "gcUnmatchedOrderController",
                "gcIdentifyBuyerController", "gcCommissionPlanVersionController", "gcLedgerController",
                "gcCommissionExplainController", "gcDashboardController", "gcLeaderboardController",
                "gcDistributorActionController", "gcContestBoardController", "gcTierEvaluationController",
                "gcMemberDayCalendarController", "gcPackageCardFunnelController", "gcMemberTierEvaluationController",
                "gcPointsAdjustController", "gcMemberTagAdminController", "gcAdminErrorController"), pages);
        assertEquals(pages.size() + 5 + WEBJAR_BEANS, factory.getBeanDefinitionCount(),
                "besides the pages, only the template resolvers, the secrets banner, the error resolver and the webjars");
        assertEquals(DashboardController.class.getName(), factory.getBeanDefinition("gcDashboardController").getBeanClassName());
        assertEquals(LeaderboardController.class.getName(),
                factory.getBeanDefinition("gcLeaderboardController").getBeanClassName());
        assertEquals(AdminErrorResolver.class.getName(),
                factory.getBeanDefinition("blAdminExceptionResolver").getBeanClassName());
        assertEquals(GuideDepartureController.class.getName(), factory.getBeanDefinition("gcGuideDepartureController").getBeanClassName());
        assertEquals(GuideStoreChangeController.class.getName(),
                factory.getBeanDefinition("gcGuideStoreChangeController").getBeanClassName());
        assertEquals(GuidePosterController.class.getName(), factory.getBeanDefinition("gcGuidePosterController").getBeanClassName());
        assertEquals(FraudReviewController.class.getName(), factory.getBeanDefinition("gcFraudReviewController").getBeanClassName());
        assertEquals(MemberReviewController.class.getName(), factory.getBeanDefinition("gcMemberReviewController").getBeanClassName());
        assertEquals(SettlementController.class.getName(), factory.getBeanDefinition("gcSettlementController").getBeanClassName());
        assertEquals(ChannelImportController.class.getName(),
                factory.getBeanDefinition("gcChannelImportController").getBeanClassName());
        assertEquals(ChannelSecretController.class.getName(),
                factory.getBeanDefinition("gcChannelSecretController").getBeanClassName());
        assertEquals(UnmatchedOrderController.class.getName(),
                factory.getBeanDefinition("gcUnmatchedOrderController").getBeanClassName());
        assertEquals(IdentifyBuyerController.class.getName(),
                factory.getBeanDefinition("gcIdentifyBuyerController").getBeanClassName());
        assertEquals(CommissionPlanVersionController.class.getName(),
                factory.getBeanDefinition("gcCommissionPlanVersionController").getBeanClassName());
        assertEquals(CommissionExplainController.class.getName(),
                factory.getBeanDefinition("gcCommissionExplainController").getBeanClassName());
        assertEquals(AdminErrorController.class.getName(), factory.getBeanDefinition("gcAdminErrorController").getBeanClassName());
        assertEquals(AdminErrorResolver.class.getName(), factory.getBeanDefinition("blAdminExceptionResolver").getBeanClassName());
    }

    @Test
    void shouldServeTheWebjarsFromTheClasspathAheadOfBroadleafsSectionController() {
        DefaultListableBeanFactory factory = servletContextFile();

        BeanDefinition mapping = factory.getBeanDefinition(factory.getBeanNamesForType(SimpleUrlHandlerMapping.class)[0]);
        assertEquals("-10", String.valueOf(mapping.getPropertyValues().getPropertyValue("order").getValue()));
        assertTrue(((Map<?, ?>) mapping.getPropertyValues().getPropertyValue("urlMap").getValue())
                .containsKey("/webjars/**"));
        assertTrue(new ClassPathResource("META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js").exists(),
                "the ECharts webjar is on the admin's classpath");
        WebHygieneFilter filter = context.getBean("gcWebHygieneFilter", WebHygieneFilter.class);
        assertFalse(filter.isNoStore("/webjars/echarts/5.3.1/dist/echarts.min.js"), "browsers cache the chart library");
    }

    @Test
    void shouldResolveThePluginsBroadleafTemplatesAfterTheHostsAndBeforeBroadleafsOwn() {
        DefaultListableBeanFactory factory = servletContextFile();

        BeanDefinition resolver = factory.getBeanDefinition("gcAdminTemplateResolver");
        assertEquals("gc_admin_style/templates/", value(resolver, "prefix"));
        assertEquals("250", value(resolver, "order"));
        Set<String> resolvers = new HashSet<String>();
        for (Object reference : (Set<?>) factory.getBeanDefinition("blAdminWebTemplateResolvers").getPropertyValues()
                .getPropertyValue("sourceSet").getValue()) {
            resolvers.add(((RuntimeBeanReference) reference).getBeanName());
        }
        assertEquals(new HashSet<String>(Arrays.asList("blAdminWebCustomTemplateResolver", "blAdminWebTemplateResolver",
                "gcAdminTemplateResolver", "blAdminWebClasspathTemplateResolver", "blWebCommonClasspathTemplateResolver")),
                resolvers);
    }

    @Test
    void shouldShipTheWebHygieneFilterAndTheCsrfRejectionForTheAdmin() {
        WebHygieneFilter filter = context.getBean("gcWebHygieneFilter", WebHygieneFilter.class);

        assertTrue(filter.isNoStore("/gc-guide/1"), "admin pages show personal data");
        assertTrue(filter.isNoStore("/customer/1"));
        assertFalse(filter.isNoStore("/css/admin/blc-admin.css"), "static files stay cacheable");
        assertTrue(context.getBean("gcCsrfRejection") instanceof CsrfRejectionPostProcessor);
    }

    private static DefaultListableBeanFactory servletContextFile() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        new XmlBeanDefinitionReader(factory)
                .loadBeanDefinitions(new ClassPathResource("gc-admin-applicationContext-servlet.xml"));
        return factory;
    }

    private static String value(BeanDefinition bean, String property) {
        return ((TypedStringValue) bean.getPropertyValues().getPropertyValue(property).getValue()).getValue();
    }

    private static long count(List<?> handlers, Class<?> type) {
        return handlers.stream().filter(type::isInstance).count();
    }
}
