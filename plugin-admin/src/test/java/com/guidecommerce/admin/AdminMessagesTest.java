package com.guidecommerce.admin;

import com.guidecommerce.admin.binding.rule.BindingPolicyValidator;
import com.guidecommerce.admin.board.rule.LeaderboardPeriod;
import com.guidecommerce.admin.board.rule.RangeChoice;
import com.guidecommerce.admin.channel.rule.ChannelValidator;
import com.guidecommerce.admin.commission.rule.CommissionPlanRules;
import com.guidecommerce.admin.fraud.rule.FraudReviewRules;
import com.guidecommerce.admin.organisation.rule.GuideValidator;
import com.guidecommerce.admin.organisation.rule.StoreValidator;
import com.guidecommerce.admin.membertier.rule.MemberTierValidator;
import com.guidecommerce.admin.tier.rule.TierValidator;
import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingPolicyImpl;
import com.guidecommerce.core.binding.domain.BindingRecordImpl;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBindingImpl;
import com.guidecommerce.core.birthday.domain.BirthdayChangeImpl;
import com.guidecommerce.core.birthday.domain.BirthdayGiftImpl;
import com.guidecommerce.core.birthday.domain.MemberBirthdayImpl;
import com.guidecommerce.core.board.domain.Metric;
import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.board.service.BoardScope;
import com.guidecommerce.core.board.service.SeriesSplit;
import com.guidecommerce.core.bounty.domain.BountyState;
import com.guidecommerce.core.bounty.domain.NewMemberBountyImpl;
import com.guidecommerce.core.channel.domain.ChannelEventRecordImpl;
import com.guidecommerce.core.channel.domain.ChannelImpl;
import com.guidecommerce.core.channel.domain.ChannelOrderImpl;
import com.guidecommerce.core.channel.domain.ChannelOrderLineImpl;
import com.guidecommerce.core.channel.domain.CommissionStart;
import com.guidecommerce.core.channel.domain.EventKindType;
import com.guidecommerce.core.channel.domain.EventStatus;
import com.guidecommerce.core.channel.domain.EventStatusType;
import com.guidecommerce.core.channel.domain.IdentityKindType;
import com.guidecommerce.core.channel.domain.IdentityType;
import com.guidecommerce.core.channel.domain.IngestSourceType;
import com.guidecommerce.core.channel.domain.MatchStatus;
import com.guidecommerce.core.channel.domain.MatchStatusType;
import com.guidecommerce.core.channel.domain.MatchedByType;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.service.IngestResult;
import com.guidecommerce.core.channel.service.IngestSource;
import com.guidecommerce.core.commission.domain.BeneficiaryKindType;
import com.guidecommerce.core.commission.domain.BeneficiaryType;
import com.guidecommerce.core.commission.domain.CommissionEntryImpl;
import com.guidecommerce.core.commission.domain.CommissionPlanImpl;
import com.guidecommerce.core.commission.domain.CommissionRole;
import com.guidecommerce.core.commission.domain.CommissionRuleImpl;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryRoleType;
import com.guidecommerce.core.commission.domain.EntryKindType;
import com.guidecommerce.core.commission.domain.EntryState;
import com.guidecommerce.core.commission.domain.EntryStateType;
import com.guidecommerce.core.commission.domain.OrderAttributionImpl;
import com.guidecommerce.core.commission.domain.PlanStatus;
import com.guidecommerce.core.commission.domain.SettlementStatementImpl;
import com.guidecommerce.core.commission.domain.StatementStatus;
import com.guidecommerce.core.commission.domain.StatementStatusType;
import com.guidecommerce.core.commission.service.CommissionPlanException;
import com.guidecommerce.core.commission.service.SettlementException;
import com.guidecommerce.core.common.GcEnumeration;
import com.guidecommerce.core.distribution.domain.DistributorAction;
import com.guidecommerce.core.contest.domain.ContestImpl;
import com.guidecommerce.core.contest.domain.ContestMetric;
import com.guidecommerce.core.contest.domain.ContestMode;
import com.guidecommerce.core.contest.domain.ContestResultImpl;
import com.guidecommerce.core.contest.domain.ContestReward;
import com.guidecommerce.core.contest.domain.ContestScope;
import com.guidecommerce.core.contest.domain.ContestStatus;
import com.guidecommerce.core.contest.rule.ContestError;
import com.guidecommerce.core.memberday.domain.MemberDayBenefitImpl;
import com.guidecommerce.core.memberday.domain.MemberDayCampaignImpl;
import com.guidecommerce.core.memberday.domain.MemberDayDiscountType;
import com.guidecommerce.core.memberday.domain.MemberDayRecurrence;
import com.guidecommerce.core.memberday.rule.CalendarConflict;
import com.guidecommerce.core.memberday.rule.MemberDayError;
import com.guidecommerce.core.distribution.domain.DistributorEventImpl;
import com.guidecommerce.core.distribution.domain.DistributorImpl;
import com.guidecommerce.core.distribution.domain.DistributorStatus;
import com.guidecommerce.core.distribution.rule.DistributionError;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.departure.domain.DepartureStrategy;
import com.guidecommerce.core.departure.domain.GuideDepartureImpl;
import com.guidecommerce.core.departure.rule.DepartureError;
import com.guidecommerce.core.fraud.domain.FraudSignalImpl;
import com.guidecommerce.core.fraud.domain.FraudSignalStatus;
import com.guidecommerce.core.fraud.domain.FraudSignalType;
import com.guidecommerce.core.organisation.domain.FranchiseeImpl;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import com.guidecommerce.core.organisation.domain.GuideRole;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.membertier.domain.MemberTierChangeCause;
import com.guidecommerce.core.membertier.domain.MemberTierChangeImpl;
import com.guidecommerce.core.membertier.domain.MemberTierImpl;
import com.guidecommerce.core.membertier.rule.MemberTierError;
import com.guidecommerce.core.organisation.domain.GuideTier;
import com.guidecommerce.core.organisation.domain.RegionImpl;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import com.guidecommerce.core.points.domain.PointsEntryImpl;
import com.guidecommerce.core.points.domain.PointsKind;
import com.guidecommerce.core.points.domain.PointsKindType;
import com.guidecommerce.core.points.domain.PointsStatus;
import com.guidecommerce.core.points.domain.PointsStatusType;
import com.guidecommerce.core.points.rule.PointsError;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.tier.domain.TierChangeCause;
import com.guidecommerce.core.tier.domain.TierChangeImpl;
import com.guidecommerce.core.tier.domain.TierImpl;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.rule.TierError;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Scanner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message key the admin can show for our entities, menu and rules has a label in both bundles.
 *
 * <p>Runs inside the Broadleaf context although it only reads annotations: an entity class loaded before Broadleaf
 * registers its class transformers stays untransformed, and the context then refuses to start for the whole JVM.
 */
@ExtendWith(BroadleafContextExtension.class)
class AdminMessagesTest {

    private static final String ENGLISH = "messages/GuideCommerceAdminMessages.properties";
    private static final String CHINESE = "messages/GuideCommerceAdminMessages_zh_CN.properties";

    private static final String DEFAULT_GROUP = "General";

    private static final List<String> TEMPLATES = Arrays.asList("open_admin_style/templates/views/gc/guideDeparture.html",
            "open_admin_style/templates/fields/gc_guide_links.html", "open_admin_style/templates/views/gc/memberReview.html",
            "open_admin_style/templates/views/gc/settlement.html", "open_admin_style/templates/views/gc/settlementStatement.html",
            "open_admin_style/templates/views/gc/channelImport.html", "open_admin_style/templates/views/gc/guideStoreChange.html",
            "open_admin_style/templates/views/gc/commissionExplain.html",
            "open_admin_style/templates/views/gc/commissionPlanVersion.html",
            "open_admin_style/templates/views/gc/identifyBuyer.html", "open_admin_style/templates/views/gc/jobRuns.html",
            "open_admin_style/templates/views/gc/ledgerList.html", "open_admin_style/templates/views/gc/channelSecret.html",
            "open_admin_style/templates/views/gc/fraudReviewList.html",
            "open_admin_style/templates/views/gc/memberReviewSummary.html",
            "open_admin_style/templates/views/gc/dashboard.html", "open_admin_style/templates/views/gc/leaderboard.html",
            "open_admin_style/templates/views/gc/distributorAction.html",
            "open_admin_style/templates/views/gc/tierEvaluation.html",
            "open_admin_style/templates/views/gc/memberTierEvaluation.html",
            "open_admin_style/templates/views/gc/pointsAdjust.html",
            "open_admin_style/templates/views/gc/memberDayCalendar.html");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_]*)");

    private static final Pattern MODULE_ROW = Pattern.compile("INTO BLC_ADMIN_MODULE .*VALUES \\(-?\\d+, '([^']+)', '([^']+)'");
    private static final Pattern SECTION_ROW = Pattern.compile("INTO BLC_ADMIN_SECTION .*VALUES \\(-?\\d+, \\d+, -?\\d+, '([^']+)', '([^']+)'");

    @Test
    void shouldLabelEveryKeyInEnglish() throws IOException {
        assertEquals(Collections.emptySet(), missingFrom(ENGLISH));
    }

    @Test
    void shouldLabelEveryKeyInChinese() throws IOException {
        assertEquals(Collections.emptySet(), missingFrom(CHINESE));
    }

    @Test
    void shouldOfferTheSameKeysInBothLanguages() throws IOException {
        assertEquals(load(ENGLISH).stringPropertyNames(), load(CHINESE).stringPropertyNames());
    }

    @Test
    void shouldWriteTheChineseBundleInAsciiOnly() throws IOException {
        String text = read(CHINESE);

        assertEquals(text.length(), text.chars().filter(c -> c < 128).count());
    }

    private static Set<String> missingFrom(String bundle) throws IOException {
        Set<String> missing = usedKeys();
        missing.removeAll(load(bundle).stringPropertyNames());
        return missing;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<String>();
        for (Class<?> entity : Arrays.asList(RegionImpl.class, FranchiseeImpl.class, StoreImpl.class, GuideImpl.class,
                BindingPolicyImpl.class, MemberBindingImpl.class, BindingRecordImpl.class, GuideDepartureImpl.class,
                NewMemberBountyImpl.class, FraudSignalImpl.class, SettlementStatementImpl.class, ChannelImpl.class,
                ChannelEventRecordImpl.class, ChannelOrderImpl.class, ChannelOrderLineImpl.class, CommissionPlanImpl.class,
                CommissionRuleImpl.class, CommissionEntryImpl.class, OrderAttributionImpl.class, DistributorImpl.class,
                DistributorEventImpl.class, TierImpl.class, TierChangeImpl.class, ContestImpl.class, ContestResultImpl.class,
                MemberBirthdayImpl.class, BirthdayChangeImpl.class, BirthdayGiftImpl.class,
                MemberDayCampaignImpl.class, MemberDayBenefitImpl.class,
                MemberTierImpl.class, MemberTierChangeImpl.class,
                PointsEntryImpl.class)) {
            keys.add(entity.getAnnotation(AdminPresentationClass.class).friendlyName());
            for (Field field : entity.getDeclaredFields()) {
                addKeys(field.getAnnotation(AdminPresentation.class), keys);
                AdminPresentationCollection collection = field.getAnnotation(AdminPresentationCollection.class);
                if (collection != null) {
                    keys.add(collection.friendlyName());
                }
            }
        }
        for (Class<?> enumeration : Arrays.asList(GuideStatus.class, GuideRole.class, GuideTier.class,
                BindingSource.class, BindingAction.class, DepartureStrategy.class, BountyState.class, FraudSignalType.class,
                FraudSignalStatus.class, CommissionStart.class, PlanStatus.class, CommissionRole.class, EntryRoleType.class,
                DistributorStatus.class,
                DistributorAction.class, TierSubject.class, TierChangeCause.class, ContestMetric.class, ContestScope.class,
                ContestMode.class, ContestReward.class, ContestStatus.class, MemberDayRecurrence.class,
                MemberDayDiscountType.class, MemberTierChangeCause.class)) {
            addFriendlyTypes(enumeration, keys);
        }
        for (EventStatus status : EventStatus.values()) {
            keys.add(EventStatusType.getInstance(status.name()).getFriendlyType());
        }
        // The explain page labels the ledger's own enumerations by their names.
        for (EntryKind kind : EntryKind.values()) {
            keys.add("EntryKind_" + kind.name());
        }
        for (EntryState state : EntryState.values()) {
            keys.add("EntryState_" + state.name());
        }
        for (DepartureStrategy strategy : DepartureStrategy.values()) {
            // The departure page explains each strategy next to its name.
            keys.add(strategy.getFriendlyType() + "_help");
        }
        keys.addAll(Arrays.asList(StoreValidator.DUPLICATE_CODE, StoreValidator.INVALID_TIME_ZONE,
                GuideValidator.DUPLICATE_GUIDE_CODE, GuideValidator.DUPLICATE_EMPLOYEE_NO, GuideValidator.DEPARTED_IS_FINAL,
                GuideValidator.DEPART_THROUGH_DEPARTURE, BindingPolicyValidator.DUPLICATE_SOURCE,
                BindingPolicyValidator.VALIDITY_OUT_OF_RANGE, BindingPolicyValidator.PROTECTION_OUT_OF_RANGE,
                FraudReviewRules.FIELD_LOCKED, FraudReviewRules.UNKNOWN_STATUS, FraudReviewRules.REOPEN_NEEDS_NOTE,
                "gcPoster_callToAction", "gcPoster_guideLabel",
                ChannelValidator.INVALID_CODE, ChannelValidator.DUPLICATE_CODE, ChannelValidator.INVALID_TIME_ZONE,
                ChannelValidator.RETURN_WINDOW_OUT_OF_RANGE, CommissionPlanRules.CAP_OUT_OF_RANGE,
                CommissionPlanRules.RATE_OUT_OF_RANGE, CommissionPlanRules.ROLE_REQUIRED, CommissionPlanRules.RATE_REQUIRED,
                CommissionPlanException.NOT_DRAFT, CommissionPlanException.NOT_FOUND, CommissionPlanException.NO_RULES,
                "gcIdentify_error_noMember", "GcCommissionPlan_links", "GcCommissionPlan_publishLink",
                "GcCommissionPlan_newVersionLink", "GcChannelOrder_links", "GcChannelOrder_identifyLink",
                "GcCommissionEntry_links", "GcCommissionEntry_explainLink"));
        for (StatementStatus status : StatementStatus.values()) {
            keys.add("gcStatementStatus_" + status.name());
        }
        for (String code : Arrays.asList(SettlementException.INVALID_PERIOD, SettlementException.PERIOD_NOT_ENDED,
                SettlementException.LEDGER_CHANGED, SettlementException.STATEMENT_NOT_FOUND,
                SettlementException.ILLEGAL_TRANSITION, SettlementException.PAYMENT_REFERENCE_REQUIRED)) {
            keys.add("gcSettlement_error_" + code);
        }
        keys.addAll(Arrays.asList("gcChannelImport_error_channel", "gcChannelImport_error_file",
                "gcChannelImport_error_secrets", "gcSecrets_bannerTitle", "gcSecrets_bannerBody"));
        for (DepartureError error : DepartureError.values()) {
            keys.add(error.getMessageKey());
        }
        for (DistributionError error : DistributionError.values()) {
            keys.add(error.getMessageKey());
        }
        for (ContestError error : ContestError.values()) {
            keys.add(error.getMessageKey());
        }
        for (MemberDayError error : MemberDayError.values()) {
            if (error.getMessageKey().startsWith("GcMemberDay_")) {
                keys.add(error.getMessageKey());
            }
        }
        for (PointsError error : PointsError.values()) {
            keys.add("gcPoints.error." + error.name());
        }
        for (PointsKind kind : PointsKind.values()) {
            keys.add(PointsKindType.getInstance(kind.name()).getFriendlyType());
        }
        for (PointsStatus status : PointsStatus.values()) {
            keys.add(PointsStatusType.getInstance(status.name()).getFriendlyType());
        }
        keys.addAll(Arrays.asList("gcPointsAdjust_error_member", "gcPointsAdjust_error_points"));
        keys.addAll(Arrays.asList("GcDistributor_links", "GcDistributor_actionLink", "GcContest_links",
                "GcContest_boardLink"));
        keys.addAll(Arrays.asList(TierValidator.INVALID_CODE, TierValidator.DUPLICATE_CODE, TierValidator.DUPLICATE_RANK,
                TierValidator.NOT_A_THRESHOLD));
        for (TierError error : TierError.values()) {
            keys.add(error.getMessageKey());
        }
        keys.addAll(Arrays.asList(MemberTierValidator.INVALID_CODE, MemberTierValidator.DUPLICATE_CODE,
                MemberTierValidator.DUPLICATE_RANK, MemberTierValidator.INVALID_RANK, MemberTierValidator.INVALID_SPEND,
                MemberTierValidator.SPEND_NOT_INCREASING));
        for (MemberTierError error : MemberTierError.values()) {
            keys.add(error.getMessageKey());
        }
        addLabelledValueKeys(keys);
        addBoardKeys(keys);
        addCalendarKeys(keys);
        keys.addAll(noteKeys());
        for (String template : TEMPLATES) {
            addTemplateKeys(read(template), keys);
        }
        addMenuKeys(read("config/gc/sql/gc_admin_security.sql"), keys);
        keys.remove("");
        return keys;
    }

    /** The labels of the values grids, forms, pages and the statement CSV show by their codes. */
    private static void addLabelledValueKeys(Set<String> keys) {
        for (BeneficiaryType type : BeneficiaryType.values()) {
            keys.add(BeneficiaryKindType.getInstance(type.name()).getFriendlyType());
        }
        for (StatementStatus status : StatementStatus.values()) {
            keys.add(StatementStatusType.getInstance(status.name()).getFriendlyType());
        }
        for (EntryKind kind : EntryKind.values()) {
            keys.add(EntryKindType.getInstance(kind.name()).getFriendlyType());
        }
        for (EntryState state : EntryState.values()) {
            keys.add(EntryStateType.getInstance(state.name()).getFriendlyType());
        }
        for (MatchStatus status : MatchStatus.values()) {
            keys.add(MatchStatusType.getInstance(status.name()).getFriendlyType());
        }
        for (IdentityType type : IdentityType.values()) {
            keys.add(IdentityKindType.getInstance(type.name()).getFriendlyType());
            keys.add(MatchedByType.getInstance(type.name()).getFriendlyType());
        }
        keys.add(MatchedByType.ADMIN.getFriendlyType());
        for (EventType type : EventType.values()) {
            keys.add(EventKindType.getInstance(type.name()).getFriendlyType());
        }
        for (IngestSource source : IngestSource.values()) {
            keys.add(IngestSourceType.getInstance(source.name()).getFriendlyType());
        }
        for (IngestResult.Status status : IngestResult.Status.values()) {
            keys.add("gcImportStatus_" + status.name());
        }
        keys.addAll(Arrays.asList("gcValue_true", "gcValue_false", Note.MESSAGE_PREFIX + "separator"));
    }

    /** The marketing calendar's labels of conflicts, weekdays, offer types and deliveries, and member tiers. */
    private static void addCalendarKeys(Set<String> keys) {
        for (CalendarConflict.Kind kind : CalendarConflict.Kind.values()) {
            keys.add(new CalendarConflict(kind, null, null, null, null).getMessageKey());
        }
        for (int weekday = 1; weekday <= 7; weekday++) {
            keys.add("gcCalendar_weekday_" + weekday);
        }
        for (String type : Arrays.asList("ORDER", "ORDER_ITEM", "FULFILLMENT_GROUP")) {
            keys.add("gcCalendarOfferType_" + type);
        }
        for (String delivery : Arrays.asList("AUTOMATIC", "CODE", "MANUAL")) {
            keys.add("gcCalendarDelivery_" + delivery);
        }
        for (String tier : Arrays.asList("NEW", "REGULAR", "SILVER", "GOLD")) {
            keys.add("gcMemberTier_" + tier);
        }
    }

    /** The boards' labels of their codes: metrics, scopes, subjects, periods, ranges, charts and unnamed parts. */
    private static void addBoardKeys(Set<String> keys) {
        for (Metric metric : Metric.values()) {
            keys.add("gcBoardMetric_" + metric.name());
        }
        for (BoardScope.Kind kind : BoardScope.Kind.values()) {
            keys.add("gcBoardScope_" + kind.name());
        }
        for (SubjectKind kind : SubjectKind.values()) {
            keys.add("gcBoardSubject_" + kind.name());
        }
        for (LeaderboardPeriod period : LeaderboardPeriod.values()) {
            keys.add("gcLeaderboardPeriod_" + period.name());
        }
        for (RangeChoice choice : RangeChoice.values()) {
            keys.add("gcBoardRange_" + choice.getCode());
        }
        for (SeriesSplit split : SeriesSplit.values()) {
            if (split != SeriesSplit.NONE) {
                keys.add("gcBoard_none_" + split.name());
            }
        }
        for (String chart : Arrays.asList("members", "salesByChannel", "guideSales", "byChannel", "byStore",
                "byFranchisee", "byRegion", "byGuide")) {
            keys.add("gcBoard_chart_" + chart);
        }
        keys.addAll(Arrays.asList("gcBoard_others", "gcBoard_error_range", "gcLeaderboard_storeCode",
                "gcLeaderboard_regionCode"));
    }

    /** The message of every note the plugin writes ({@code Note.of("key", …)} in its sources). */
    private static Set<String> noteKeys() throws IOException {
        Set<String> keys = new TreeSet<String>();
        Pattern note = Pattern.compile("Note\\.of\\(\\s*\"([^\"]+)\"");
        for (String module : Arrays.asList("plugin-core", "plugin-storefront", "plugin-admin")) {
            try (Stream<Path> sources = Files.walk(Paths.get("..", module, "src", "main", "java"))) {
                for (Path source : (Iterable<Path>) sources.filter(Files::isRegularFile)::iterator) {
                    Matcher found = note.matcher(new String(Files.readAllBytes(source), StandardCharsets.UTF_8));
                    while (found.find()) {
                        keys.add(Note.MESSAGE_PREFIX + found.group(1));
                    }
                }
            }
        }
        assertTrue(keys.size() > 20, () -> "the notes found in the sources: " + keys);
        return keys;
    }

    private static void addKeys(AdminPresentation presentation, Set<String> keys) {
        if (presentation == null) {
            return;
        }
        keys.add(presentation.friendlyName());
        keys.add(presentation.helpText());
        // Broadleaf labels its default group itself.
        if (!DEFAULT_GROUP.equals(presentation.group())) {
            keys.add(presentation.group());
        }
        for (ValidationConfiguration validation : presentation.validationConfigurations()) {
            for (ConfigurationItem item : validation.configurationItems()) {
                if (ConfigurationItem.ERROR_MESSAGE.equals(item.itemName())) {
                    keys.add(item.itemValue());
                }
            }
        }
    }

    private static void addFriendlyTypes(Class<?> enumeration, Set<String> keys) {
        for (Field field : enumeration.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == enumeration) {
                try {
                    keys.add(((GcEnumeration) field.get(null)).getFriendlyType());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Literal message keys of {@code #{key}} and {@code #{key(...)}} expressions. */
    private static void addTemplateKeys(String template, Set<String> keys) {
        Matcher matcher = TEMPLATE_KEY.matcher(template);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static void addMenuKeys(String sql, Set<String> keys) {
        for (Pattern row : Arrays.asList(MODULE_ROW, SECTION_ROW)) {
            Matcher matcher = row.matcher(sql);
            while (matcher.find()) {
                keys.add(matcher.group(1));
                keys.add(matcher.group(2));
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdminMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AdminMessagesTest.class.getClassLoader().getResourceAsStream(resource);
             Scanner scanner = new Scanner(in, StandardCharsets.UTF_8.name())) {
            return scanner.useDelimiter("\\A").next();
        }
    }
}
