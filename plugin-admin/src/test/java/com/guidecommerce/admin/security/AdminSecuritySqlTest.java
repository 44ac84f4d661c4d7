package com.guidecommerce.admin.security;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.core.binding.domain.BindingPolicy;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.birthday.domain.BirthdayChange;
import com.guidecommerce.core.birthday.domain.BirthdayGift;
import com.guidecommerce.core.birthday.domain.MemberBirthday;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.RankSnapshotService;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelEventRecord;
import com.guidecommerce.core.channel.domain.ChannelOrder;
import com.guidecommerce.core.channel.domain.ChannelOrderLine;
import com.guidecommerce.core.channel.domain.MemberIdentity;
import com.guidecommerce.core.channel.service.ChannelIngestService;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.CommissionPlan;
import com.guidecommerce.core.commission.domain.CommissionRule;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.service.SettlementService;
import com.guidecommerce.core.departure.domain.GuideDeparture;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.memberday.domain.MemberDayBenefit;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Region;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import com.guidecommerce.core.points.domain.PointsEntry;
import com.guidecommerce.core.points.service.PointsService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.broadleafcommerce.openadmin.server.security.domain.AdminModule;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gc_admin_security.sql loaded after Broadleaf's admin scripts, read back through Broadleaf's admin security. */
@ExtendWith(BroadleafContextExtension.class)
class AdminSecuritySqlTest {

    /** The plugin's modules in menu order, each with its sections in order. */
    private static final Map<String, List<String>> MENU = new LinkedHashMap<String, List<String>>();
    static {
        MENU.put("GcModuleOrganisation", Arrays.asList("GcRegions", "GcFranchisees", "GcStores", "GcGuides"));
        MENU.put("GcModuleMembers", Arrays.asList("GcBindingPolicies", "GcMemberBindings", "GcBindingHistory",
                "GcGuideDepartures", "GcNewMemberBounties", "GcFraudReview"));
        MENU.put("GcModuleChannels", Arrays.asList("GcChannels", "GcChannelEvents", "GcChannelOrders",
                "GcUnmatchedOrders", "GcChannelImport"));
        MENU.put("GcModuleCommission", Arrays.asList("GcCommissionPlans", "GcCommissionLedger", "GcSettlementStatements",
                "GcSettlementRun"));
        MENU.put("GcModuleDistribution", Arrays.asList("GcDistributors", "GcTiers", "GcTierHistory",
                "GcTierEvaluation", "GcContests"));
        MENU.put("GcModuleMembership", Arrays.asList("GcMemberTiers", "GcMemberTierHistory", "GcMemberTierEvaluation",
                "GcMemberDays", "GcMemberDayCalendar", "GcBirthdayGifts", "GcMemberBirthdays", "GcPointsLedger", "GcPointsAdjust",
                "GcMemberTags"));
        MENU.put("GcModulePrivateDomain", Arrays.asList("GcPackageCardCampaigns", "GcPackageCardFunnel"));
        MENU.put("GcModuleBoards", Arrays.asList("GcBoardDashboard", "GcLeaderboard"));
    }
    private static final List<Class<?>> WRITTEN_BY_INGEST = Arrays.<Class<?>>asList(ChannelEventRecord.class,
            ChannelOrder.class, ChannelOrderLine.class, CommissionEntry.class, PointsEntry.class);
    private static final List<Class<?>> READ_ONLY_LOGS = Arrays.<Class<?>>asList(MemberBinding.class, BindingRecord.class,
            GuideDeparture.class, NewMemberBounty.class, BirthdayGift.class, MemberBirthday.class, BirthdayChange.class);

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminSecurityService")
    AdminSecurityService adminSecurityService;

    @Resource(name = "blAdminNavigationService")
    AdminNavigationService adminNavigationService;

    @Resource(name = "messageSource")
    MessageSource messageSource;

    AdminFixtures fixtures;

    @BeforeEach
    void loadSecurityRows() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
    }

    @Test
    void shouldPutEachSectionInItsModuleInTheBusinessOrder() {
        List<String> rows = fixtures.jdbc().queryForList("select concat(concat(m.MODULE_KEY, ' '), s.URL)"
                + " from BLC_ADMIN_SECTION s join BLC_ADMIN_MODULE m on m.ADMIN_MODULE_ID = s.ADMIN_MODULE_ID"
                + " where m.ADMIN_MODULE_ID <= -7000 order by m.DISPLAY_ORDER, s.DISPLAY_ORDER", String.class);

        assertEquals(Arrays.asList("GcModuleOrganisation /gc-region", "GcModuleOrganisation /gc-franchisee",
                "GcModuleOrganisation /gc-store", "GcModuleOrganisation /gc-guide",
                "GcModuleMembers /gc-binding-policy", "GcModuleMembers /gc-member-binding",
                "GcModuleMembers /gc-binding-history", "GcModuleMembers /gc-guide-departure",
                "GcModuleMembers /gc-new-member-bounty", "GcModuleMembers /gc-fraud-signal",
                "GcModuleChannels /gc-channel", "GcModuleChannels /gc-channel-event", "GcModuleChannels /gc-channel-order",
                "GcModuleChannels /gc-unmatched-order", "GcModuleChannels /gc-channel-import",
                "GcModuleCommission /gc-commission-plan", "GcModuleCommission /gc-commission-entry",
                "GcModuleCommission /gc-settlement-statement", "GcModuleCommission /gc-settlement",
                "GcModuleDistribution /gc-distributor", "GcModuleDistribution /gc-tier",
                "GcModuleDistribution /gc-tier-history", "GcModuleDistribution /gc-tier-evaluation",
                "GcModuleDistribution /gc-contest", "GcModuleMembership /gc-member-tier",
                "GcModuleMembership /gc-member-tier-history", "GcModuleMembership /gc-member-tier-evaluation",
                "GcModuleMembership /gc-member-day",
                "GcModuleMembership /gc-member-day-calendar",
                "GcModuleMembership /gc-birthday-gift", "GcModuleMembership /gc-member-birthday",
                "GcModuleMembership /gc-points-entry", "GcModuleMembership /gc-points-adjust",
                "GcModuleMembership /gc-member-tag",
                "GcModulePrivateDomain /gc-package-card", "GcModulePrivateDomain /gc-package-card-funnel",
                "GcModuleBoards /gc-board", "GcModuleBoards /gc-leaderboard"), rows);
    }

    @Test
    void shouldShowThePluginsModulesToBroadleafsMasterRoleAfterBroadleafsOwn() throws Exception {
        try (AutoCloseable entityManagerInView = fixtures.openEntityManagerInView()) {
            List<AdminModule> modules = adminNavigationService.buildMenu(admin(AdminFixtures.ADMIN)).getAdminModules();

            Map<String, List<String>> menu = new LinkedHashMap<String, List<String>>();
            for (AdminModule module : modules) {
                if (MENU.containsKey(module.getModuleKey())) {
                    menu.put(module.getModuleKey(), sectionKeys(module));
                }
            }
            assertEquals(MENU, menu);
            assertEquals(Arrays.asList("icon-sitemap", "icon-group", "icon-exchange", "icon-money", "icon-share-alt",
                    "icon-star", "icon-envelope", "icon-bar-chart"),
                    icons(modules));
            // Broadleaf's Site Updates (500) and Security (600) modules frame the plugin's.
            for (AdminModule module : modules) {
                if (MENU.containsKey(module.getModuleKey())) {
                    assertTrue(module.getDisplayOrder() > 500 && module.getDisplayOrder() < 600, module.getModuleKey());
                }
            }
        }
    }

    @Test
    void shouldLetBroadleafsMasterRoleMaintainMemberDayCampaignsAndTheirBenefits() {
        for (Class<?> maintained : Arrays.<Class<?>>asList(MemberDayCampaign.class, MemberDayBenefit.class)) {
            for (PermissionType type : Arrays.asList(PermissionType.READ, PermissionType.CREATE, PermissionType.UPDATE,
                    PermissionType.DELETE)) {
                assertTrue(qualified(AdminFixtures.ADMIN, type, maintained), type + " " + maintained.getSimpleName());
            }
            assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, maintained));
        }
    }

    @Test
    void shouldLetBroadleafsMasterRoleMaintainPackageCardCampaignsAndLookUpTheirChannelAndStore() {
        for (PermissionType type : Arrays.asList(PermissionType.READ, PermissionType.CREATE, PermissionType.UPDATE,
                PermissionType.DELETE)) {
            assertTrue(qualified(AdminFixtures.ADMIN, type, PackageCardCampaign.class), type.toString());
        }
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.READ, Channel.class));
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.READ, Store.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, PackageCardCampaign.class));
    }

    @Test
    void shouldLetBroadleafsMasterRoleMaintainStores() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.UPDATE, Store.class));
    }

    @Test
    void shouldLetGuideMaintainersLookUpStoresAndCustomersButNotRegions() {
        assertTrue(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.UPDATE, Guide.class));
        assertTrue(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, Store.class));
        assertTrue(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, Customer.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, Region.class));
    }

    @Test
    void shouldLetBroadleafsMasterRoleMaintainBindingPolicies() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.UPDATE, BindingPolicy.class));
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.CREATE, BindingPolicy.class));
    }

    @Test
    void shouldLetNobodyChangeBindingsHistoryDeparturesOrBountiesThroughTheAdmin() {
        for (Class<?> log : READ_ONLY_LOGS) {
            assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.READ, log), log.getSimpleName());
            for (PermissionType change : Arrays.asList(PermissionType.CREATE, PermissionType.UPDATE, PermissionType.DELETE)) {
                assertFalse(qualified(AdminFixtures.ADMIN, change, log), change + " " + log.getSimpleName());
            }
        }
    }

    @Test
    void shouldLetBroadleafsMasterRoleReviewButNeitherCreateNorDeleteFraudSignals() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.READ, FraudSignal.class));
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.UPDATE, FraudSignal.class));
        assertFalse(qualified(AdminFixtures.ADMIN, PermissionType.CREATE, FraudSignal.class));
        assertFalse(qualified(AdminFixtures.ADMIN, PermissionType.DELETE, FraudSignal.class));
    }

    @Test
    void shouldKeepTheReviewPermissionFromReachingGuides() {
        assertTrue(qualified(AdminFixtures.FRAUD_REVIEWER, PermissionType.UPDATE, FraudSignal.class));
        assertTrue(qualified(AdminFixtures.FRAUD_REVIEWER, PermissionType.READ, FraudSignal.class));
        assertFalse(qualified(AdminFixtures.FRAUD_REVIEWER, PermissionType.UPDATE, Guide.class));
        assertFalse(qualified(AdminFixtures.FRAUD_REVIEWER, PermissionType.READ, NewMemberBounty.class));
    }

    @Test
    void shouldKeepBindingSectionsFromAGuideMaintainer() {
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, BindingPolicy.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, MemberBinding.class));
    }

    @Test
    void shouldLetBroadleafsMasterRoleMaintainChannelsAndPlans() {
        for (Class<?> maintained : Arrays.<Class<?>>asList(Channel.class, CommissionPlan.class, CommissionRule.class)) {
            assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.CREATE, maintained), maintained.getSimpleName());
            assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.UPDATE, maintained), maintained.getSimpleName());
        }
    }

    @Test
    void shouldLetNobodyChangeWhatTheIngestPipelineWritesThroughTheAdmin() {
        for (Class<?> written : WRITTEN_BY_INGEST) {
            assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.READ, written), written.getSimpleName());
            for (PermissionType change : Arrays.asList(PermissionType.CREATE, PermissionType.UPDATE, PermissionType.DELETE)) {
                assertFalse(qualified(AdminFixtures.ADMIN, change, written), change + " " + written.getSimpleName());
            }
        }
    }

    @Test
    void shouldLetBroadleafsMasterRoleAdjustPointsButNotAGuideMaintainer() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.CREATE, PointsService.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.CREATE, PointsService.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, PointsEntry.class));
    }

    @Test
    void shouldLetBroadleafsMasterRoleIdentifyBuyers() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.UPDATE, MemberIdentity.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.UPDATE, MemberIdentity.class));
    }

    @Test
    void shouldLabelTheMenuInEnglishAndChinese() {
        List<String> keys = new ArrayList<String>(MENU.keySet());
        for (List<String> sections : MENU.values()) {
            keys.addAll(sections);
        }
        for (String key : keys) {
            for (Locale locale : Arrays.asList(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertNotEquals(key, messageSource.getMessage(key, null, key, locale), key + " in " + locale);
            }
        }
    }

    @Test
    void shouldLetBroadleafsMasterRoleSettleWithoutEditingStatements() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.READ, SettlementStatement.class));
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.UPDATE, SettlementService.class));
        for (PermissionType change : Arrays.asList(PermissionType.CREATE, PermissionType.UPDATE, PermissionType.DELETE)) {
            assertFalse(qualified(AdminFixtures.ADMIN, change, SettlementStatement.class), change.getType());
        }
    }

    @Test
    void shouldLetBroadleafsMasterRoleImportChannelOrders() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.CREATE, ChannelIngestService.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.CREATE, ChannelIngestService.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.UPDATE, SettlementService.class));
    }

    @Test
    void shouldLetBroadleafsMasterRoleWatchTheBoardsAndRebuildTheirRanks() {
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.READ, BoardService.class));
        assertTrue(qualified(AdminFixtures.ADMIN, PermissionType.UPDATE, RankSnapshotService.class));
    }

    @Test
    void shouldLetABoardViewerReadTheBoardsOnly() {
        assertTrue(qualified(AdminFixtures.BOARD_VIEWER, PermissionType.READ, BoardService.class));
        assertFalse(qualified(AdminFixtures.BOARD_VIEWER, PermissionType.UPDATE, RankSnapshotService.class));
        assertFalse(qualified(AdminFixtures.BOARD_VIEWER, PermissionType.READ, Guide.class));
        assertFalse(qualified(AdminFixtures.GUIDE_MANAGER, PermissionType.READ, BoardService.class));
    }

    private AdminUser admin(String login) {
        AdminUser user = adminSecurityService.readAdminUserByUserName(login);
        assertNotNull(user, login);
        return user;
    }

    private boolean qualified(String login, PermissionType type, Class<?> ceilingEntity) {
        return adminSecurityService.isUserQualifiedForOperationOnCeilingEntity(admin(login), type, ceilingEntity.getName());
    }

    private static List<String> icons(List<AdminModule> modules) {
        List<String> icons = new ArrayList<String>();
        for (AdminModule module : modules) {
            if (MENU.containsKey(module.getModuleKey())) {
                icons.add(module.getIcon());
            }
        }
        return icons;
    }

    private static List<String> sectionKeys(AdminModule module) {
        List<String> keys = new ArrayList<String>();
        for (AdminSection section : module.getSections()) {
            keys.add(section.getSectionKey());
        }
        return keys;
    }
}
