package com.guidecommerce.site;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.membertier.rule.MemberTierProgress;
import com.guidecommerce.core.membertier.service.MemberTierService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.web.CsrfRejectionPostProcessor;
import com.guidecommerce.core.web.WebHygieneFilter;
import com.guidecommerce.site.channel.ChannelApiLimits;
import com.guidecommerce.site.member.MemberTierVariableExpression;
import com.guidecommerce.site.member.MemberVariableExpression;
import com.guidecommerce.site.points.PointsVariableExpression;
import com.guidecommerce.site.memberday.MemberDayVariableExpression;
import com.guidecommerce.site.memberday.MemberTierNames;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.handler.MappedInterceptor;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(BroadleafContextExtension.class)
class SiteWiringTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "blVariableExpressions")
    List<BroadleafVariableExpression> variableExpressions;

    @Resource(name = "gcMemberVariableExpression")
    MemberVariableExpression memberExpression;

    @Resource(name = "gcMemberTierVariableExpression")
    MemberTierVariableExpression tierExpression;

    @Resource(name = "gcMemberTierService")
    MemberTierService memberTierService;

    private SiteFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
    }

    @AfterEach
    void tearDown() {
        BroadleafRequestContext.setBroadleafRequestContext(null);
        fixtures.endRequest();
    }

    @Test
    void shouldOfferGcMemberToTemplatesNextToBroadleafsExpressions() {
        assertTrue(variableExpressions.contains(memberExpression));
        assertEquals("gcMember", memberExpression.getName());
        assertTrue(variableExpressions.stream().anyMatch(e -> "customer".equals(e.getName())), "Broadleaf's own stay");
    }

    @Test
    void shouldOfferGcPointsToTemplates() {
        assertTrue(variableExpressions.stream().anyMatch(e -> "gcPoints".equals(e.getName())
                && e instanceof PointsVariableExpression));
    }

    @Test
    void shouldOfferGcMemberDayToTemplatesWithTheTierNamesInTheShoppersLanguage() {
        MemberDayVariableExpression memberDay = context.getBean("gcMemberDayVariableExpression",
                MemberDayVariableExpression.class);
        MemberTierNames tierNames = context.getBean("gcMemberTierNames", MemberTierNames.class);

        assertTrue(variableExpressions.contains(memberDay));
        assertEquals("gcMemberDay", memberDay.getName());
        assertEquals("\u91d1\u5361", tierNames.nameOf("GOLD", java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("Silver", tierNames.nameOf("SILVER", java.util.Locale.US));
        assertEquals("PLATINUM", tierNames.nameOf("PLATINUM", java.util.Locale.US), "a tier without a name shows its code");
    }

    @Test
    void shouldDeclareEveryStorefrontBeanByNameAndScanNothing() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        new XmlBeanDefinitionReader(factory).loadBeanDefinitions(new ClassPathResource("gc-site-applicationContext-servlet.xml"));

        Set<String> ours = new TreeSet<String>();
        for (String name : factory.getBeanDefinitionNames()) {
            if (factory.getBeanDefinition(name).getBeanClassName().startsWith("com.guidecommerce")) {
                ours.add(name);
            }
        }
        assertEquals(new TreeSet<String>(Arrays.asList("gcBirthdayController", "gcCardLandingController",
                "gcChannelEventController",
                "gcDistributorInviteController",
                "gcDistributorJoinController", "gcDistributorPageController", "gcFormExpiredController",
                "gcGuideLandingController", "gcGuideMemberTagController", "gcGuideQrCodeController",
                "gcGuideWorkbenchController",
                "gcMemberDayCouponController", "gcPointsController", "gcProductShareController",
                "gcShareLinkInterceptor", "gcStoreDirectoryController")), ours);
        assertEquals(1, factory.getBeanNamesForType(MappedInterceptor.class).length, "the share-link interceptor");
    }

    @Test
    void shouldShipTheWebHygieneFilterAndTheCsrfRejectionForTheStorefront() {
        WebHygieneFilter filter = context.getBean("gcWebHygieneFilter", WebHygieneFilter.class);

        assertTrue(filter.isNoStore("/guide"), "the workbench shows members' personal data");
        assertTrue(filter.isNoStore("/guide/members"));
        assertFalse(filter.isNoStore("/"), "the shop's own pages keep their caching");
        assertFalse(filter.isNoStore("/guides"));
        assertTrue(filter.isNoStore("/g/G0001"), "a signed-in shopper sees their own binding there");
        assertFalse(filter.isNoStore("/g/G0001/qr.png"), "the QR code keeps its own caching");
        assertTrue(context.getBean("gcCsrfRejection") instanceof CsrfRejectionPostProcessor);
    }

    @Test
    void shouldTakeTheChannelApiLimitsFromThePluginsProperties() {
        ChannelApiLimits limits = context.getBean("gcChannelApiLimits", ChannelApiLimits.class);

        assertEquals(262144, limits.getMaxBodyBytes());
        assertEquals(300, limits.getSignatureSkewSeconds());
    }

    @Test
    void shouldGiveTemplatesTheMembersExclusiveGuide() {
        Guide guide = fixtures.activeGuide();
        Customer member = fixtures.member();
        fixtures.bind(member, guide, BindingSource.STORE_QR);
        shopping(member);

        assertEquals(guide.getId(), memberExpression.currentGuide().getId());
        assertEquals(10, memberExpression.validUntil().length(), "the last day, e.g. 2027-03-01");
        assertFalse(memberExpression.isGuide());
        assertEquals(String.valueOf(member.getId()), memberExpression.memberNo(), "channels send it as buyer.memberNo");
    }

    @Test
    void shouldKnowAGuidesOwnAccount() {
        Customer account = fixtures.member();
        fixtures.guide(GuideStatus.ACTIVE, account);
        shopping(account);

        assertTrue(memberExpression.isGuide());
        assertNull(memberExpression.currentGuide());
    }

    @Test
    void shouldKnowNothingOfAnAnonymousVisitor() {
        shopping(fixtures.anonymousVisitor());

        assertNull(memberExpression.currentGuide());
        assertFalse(memberExpression.isGuide());
        assertNull(memberExpression.memberNo());
    }

    @Test
    void shouldGiveTemplatesTheMembersTierAndWhatTheNextOneStillNeeds() {
        fixtures.memberTiers();
        Customer member = fixtures.member();
        memberTierService.override(member.getId(), "SILVER", "Welcome gift", "test");
        shopping(member);

        MemberTierProgress progress = tierExpression.progress();

        assertTrue(variableExpressions.contains(tierExpression));
        assertEquals("gcMemberTier", tierExpression.getName());
        assertEquals("SILVER", progress.getTier().getCode());
        assertEquals(new BigDecimal("0.00"), progress.getSpend());
        assertEquals("GOLD", progress.getNext().getCode());
        assertEquals(new BigDecimal("5000.00"), progress.getStillNeeded());
        assertEquals(365, tierExpression.windowDays());
    }

    @Test
    void shouldShowNoTierToAnAnonymousVisitor() {
        fixtures.memberTiers();
        shopping(fixtures.anonymousVisitor());

        assertNull(tierExpression.progress());
    }

    private void shopping(Customer customer) {
        BroadleafRequestContext requestContext = new BroadleafRequestContext();
        requestContext.setRequest(fixtures.request("GET", "/account", customer));
        BroadleafRequestContext.setBroadleafRequestContext(requestContext);
    }
}
