package com.guidecommerce.site.share;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.share.ShareCodes;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.binding.PendingBinding;
import com.guidecommerce.site.binding.PendingBindingStore;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(BroadleafContextExtension.class)
class ShareLinkInterceptorTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcShareCodes")
    ShareCodes shareCodes;

    @Resource(name = "gcBindingService")
    BindingService bindingService;

    @Resource(name = "gcDistributionService")
    DistributionService distributionService;

    private SiteFixtures fixtures;
    private ShareLinkInterceptor interceptor;
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        interceptor = fixtures.wired(new ShareLinkInterceptor());
    }

    @AfterEach
    void tearDown() {
        fixtures.endRequest();
    }

    @Test
    void shouldRememberTheSharerAndAPendingBindingForAnAnonymousVisitor() {
        Guide sharer = fixtures.activeGuide();

        open("GET", shareCodes.sign(sharer.getGuideCode()), fixtures.anonymousVisitor());

        assertEquals(sharer.getGuideCode(), ShareContext.current(session).getSharerCode());
        assertEquals(sharer.getGuideCode(), PendingBindingStore.current(session).getGuideCode());
        assertEquals(BindingSource.SHARE_LINK, PendingBindingStore.current(session).getSource());
    }

    @Test
    void shouldKeepAScannedGuidePendingWhenAShareLinkFollows() {
        Guide scanned = fixtures.activeGuide();
        Guide sharer = fixtures.activeGuide();
        PendingBindingStore.offer(session, new PendingBinding(scanned.getGuideCode(), BindingSource.STORE_QR,
                SystemTime.asDate()));

        open("GET", shareCodes.sign(sharer.getGuideCode()), fixtures.anonymousVisitor());

        assertEquals(scanned.getGuideCode(), PendingBindingStore.current(session).getGuideCode());
        assertEquals(sharer.getGuideCode(), ShareContext.current(session).getSharerCode());
    }

    @Test
    void shouldRefuseATamperedCodeAndTellThePage() {
        Guide sharer = fixtures.activeGuide();
        Guide other = fixtures.activeGuide();
        String signed = shareCodes.sign(sharer.getGuideCode());
        String tampered = other.getGuideCode() + signed.substring(signed.lastIndexOf('-'));

        MockHttpServletRequest request = open("GET", tampered, fixtures.anonymousVisitor());

        assertEquals(ShareLinkInterceptor.INVALID, request.getAttribute(ShareLinkInterceptor.NOTICE_ATTRIBUTE));
        assertNull(ShareContext.current(session));
        assertNull(PendingBindingStore.current(session));
    }

    @Test
    void shouldRefuseTheLinkOfASuspendedGuide() {
        Guide suspended = fixtures.guide(GuideStatus.SUSPENDED, null);

        MockHttpServletRequest request = open("GET", shareCodes.sign(suspended.getGuideCode()),
                fixtures.anonymousVisitor());

        assertEquals(ShareLinkInterceptor.INACTIVE, request.getAttribute(ShareLinkInterceptor.NOTICE_ATTRIBUTE));
        assertNull(PendingBindingStore.current(session));
    }

    @Test
    void shouldCreditADistributorAndBindTheShopperToTheirGuide() {
        Guide recruiter = fixtures.activeGuide();
        Distributor distributor = distributor(recruiter);
        Customer member = fixtures.member();

        open("GET", shareCodes.sign(distributor.getCode()), member);

        assertEquals(distributor.getCode(), ShareContext.current(session).getSharerCode());
        MemberBinding binding = bindingService.findValidBinding(member.getId());
        assertEquals(recruiter.getId(), binding.getGuide().getId());
        assertEquals(BindingSource.SHARE_LINK, binding.getSource());
    }

    @Test
    void shouldRefuseTheLinkOfASuspendedDistributor() {
        Distributor distributor = distributor(fixtures.activeGuide());
        distributionService.suspend(distributor.getId(), "hq", "Complaint under review");

        MockHttpServletRequest request = open("GET", shareCodes.sign(distributor.getCode()),
                fixtures.anonymousVisitor());

        assertEquals(ShareLinkInterceptor.INACTIVE, request.getAttribute(ShareLinkInterceptor.NOTICE_ATTRIBUTE));
        assertNull(ShareContext.current(session));
        assertNull(PendingBindingStore.current(session));
    }

    @Test
    void shouldBindALoggedInMemberWithoutAGuide() {
        Guide sharer = fixtures.activeGuide();
        Customer member = fixtures.member();

        open("GET", shareCodes.sign(sharer.getGuideCode()), member);

        MemberBinding binding = bindingService.findValidBinding(member.getId());
        assertEquals(sharer.getId(), binding.getGuide().getId());
        assertEquals(BindingSource.SHARE_LINK, binding.getSource());
    }

    @Test
    void shouldLeaveAMemberWithTheGuideTheyAlreadyHave() {
        Guide current = fixtures.activeGuide();
        Guide sharer = fixtures.activeGuide();
        Customer member = fixtures.member();
        fixtures.bind(member, current, BindingSource.STORE_QR);

        open("GET", shareCodes.sign(sharer.getGuideCode()), member);

        assertEquals(current.getId(), bindingService.findValidBinding(member.getId()).getGuide().getId());
        assertEquals(sharer.getGuideCode(), ShareContext.current(session).getSharerCode(), "still credited for sales");
    }

    @Test
    void shouldNotBindAgainWhenTheMemberReloadsThePage() {
        Guide sharer = fixtures.activeGuide();
        Customer member = fixtures.member();

        open("GET", shareCodes.sign(sharer.getGuideCode()), member);
        open("GET", shareCodes.sign(sharer.getGuideCode()), member);

        assertEquals(1, bindingService.findHistory(member.getId()).size());
    }

    @Test
    void shouldIgnoreTheParameterOnFormPosts() {
        Guide sharer = fixtures.activeGuide();
        Customer member = fixtures.member();

        open("POST", shareCodes.sign(sharer.getGuideCode()), member);

        assertNull(bindingService.findValidBinding(member.getId()));
        assertNull(ShareContext.current(session));
    }

    @Test
    void shouldHonourNoShareCodeWhileTheBrandsSecretIsAPlaceholder() {
        Guide sharer = fixtures.activeGuide();
        Customer member = fixtures.member();
        interceptor.shareCodes = new ShareCodes("change-me-guide-commerce-share-secret");

        MockHttpServletRequest request = open("GET", shareCodes.sign(sharer.getGuideCode()), member);

        assertEquals(ShareLinkInterceptor.INVALID, request.getAttribute(ShareLinkInterceptor.NOTICE_ATTRIBUTE));
        assertNull(ShareContext.current(session), "no sharer to credit");
        assertNull(bindingService.findValidBinding(member.getId()));
    }

    @Test
    void shouldLetEveryRequestThrough() {
        MockHttpServletRequest request = fixtures.request("GET", "/", fixtures.anonymousVisitor());
        request.setParameter(GuideLinks.SHARE_PARAMETER, "nonsense");

        assertTrue(interceptor.preHandle(request, new MockHttpServletResponse(), null));
    }

    private Distributor distributor(Guide recruiter) {
        return distributionService.accept(distributionService.invite(recruiter).getToken(), fixtures.member())
                .getDistributor();
    }

    private MockHttpServletRequest open(String method, String shareCode, Customer shopper) {
        MockHttpServletRequest request = fixtures.request(method, "/product/1", shopper);
        request.setSession(session);
        request.setParameter(GuideLinks.SHARE_PARAMETER, shareCode);
        interceptor.preHandle(request, new MockHttpServletResponse(), null);
        return request;
    }
}
