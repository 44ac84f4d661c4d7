package com.guidecommerce.admin.contest.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestStatus;
import com.guidecommerce.core.contest.rule.ContestDraft;
import com.guidecommerce.core.contest.rule.ContestError;
import com.guidecommerce.core.contest.rule.ContestRules;
import com.guidecommerce.core.contest.service.ContestService;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Applies {@link ContestRules} to contests saved in the admin, each error on the field HQ must change; a closed
 * contest is not edited any more. Bean {@code gcContestCustomPersistenceHandler}.
 */
public class ContestCustomPersistenceHandler extends RuleCheckingPersistenceHandler {

    /** How Broadleaf's admin form sends a date. */
    static final String FORM_DATE = "yyyy.MM.dd HH:mm:ss";

    private static final Map<ContestError, String> FIELDS = new EnumMap<ContestError, String>(ContestError.class);

    static {
        FIELDS.put(ContestError.CLOSED, "name");
        FIELDS.put(ContestError.NAME_REQUIRED, "name");
        FIELDS.put(ContestError.DAYS_REQUIRED, "endDate");
        FIELDS.put(ContestError.END_BEFORE_START, "endDate");
        FIELDS.put(ContestError.REGION_REQUIRED, "region");
        FIELDS.put(ContestError.STORE_REQUIRED, "store");
        FIELDS.put(ContestError.TEAM_NEEDS_SEVERAL_STORES, "mode");
        FIELDS.put(ContestError.TOP_N_OUT_OF_RANGE, "topN");
        FIELDS.put(ContestError.RETURN_WINDOW_OUT_OF_RANGE, "returnWindowDays");
        FIELDS.put(ContestError.TIER_REQUIRED, "rewardTier");
        FIELDS.put(ContestError.UNKNOWN_TIER, "rewardTier");
        FIELDS.put(ContestError.BONUS_REQUIRED, "bonusAmount");
    }

    @Resource(name = "gcContestService")
    protected ContestService contestService;

    @Resource(name = "gcTierService")
    protected TierService tierService;

    public ContestCustomPersistenceHandler() {
        super(Contest.class);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        Contest stored = id == null ? null : contestService.findById(id);
        ContestDraft draft = new ContestDraft().name(valueOf(submitted, "name"))
                .days(date(valueOf(submitted, "startDate")), date(valueOf(submitted, "endDate")))
                .scope(valueOf(submitted, "scope"), present(valueOf(submitted, "region")),
                        present(valueOf(submitted, "store")))
                .mode(valueOf(submitted, "mode")).topN(number(valueOf(submitted, "topN")))
                .reward(valueOf(submitted, "reward"), valueOf(submitted, "rewardTier"),
                        amount(valueOf(submitted, "bonusAmount")))
                .returnWindowDays(number(valueOf(submitted, "returnWindowDays")))
                .closed(stored != null && ContestStatus.CLOSED.equals(stored.getStatus()));
        List<String> tiers = new ArrayList<String>();
        for (Tier tier : tierService.findTiers(TierSubject.GUIDE)) {
            tiers.add(tier.getCode());
        }
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        for (ContestError error : ContestRules.check(draft, tiers)) {
            violations.add(new FieldViolation(FIELDS.get(error), error.getMessageKey()));
        }
        return violations;
    }

    private static boolean present(String value) {
        return value != null && !value.trim().isEmpty() && !"null".equals(value.trim());
    }

    static Date date(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return new SimpleDateFormat(FORM_DATE).parse(value.trim());
        } catch (ParseException e) {
            return null;
        }
    }

    static Integer number(String value) {
        try {
            return present(value) ? Integer.valueOf(value.trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal amount(String value) {
        try {
            return present(value) ? new BigDecimal(value.trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
