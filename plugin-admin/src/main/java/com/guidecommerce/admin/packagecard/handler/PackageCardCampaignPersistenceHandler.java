package com.guidecommerce.admin.packagecard.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.core.packagecard.domain.PackageCardCampaign;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Refuses a package-card campaign whose period ends before it starts (the end is exclusive: an end equal to the
 * start is an empty period, allowed). A date the form could not send readably is left to Broadleaf's own field
 * checks. Bean {@code gcPackageCardCampaignPersistenceHandler}.
 */
public class PackageCardCampaignPersistenceHandler extends RuleCheckingPersistenceHandler {

    static final String ACTIVE_FROM = "activeFrom";
    static final String ACTIVE_TO = "activeTo";
    static final String END_BEFORE_START = "gcPackageCardCampaign_activeTo_beforeStart";

    /** How Broadleaf's admin form sends a date and time. */
    private static final String FORM_DATE = "yyyy.MM.dd HH:mm:ss";

    public PackageCardCampaignPersistenceHandler() {
        super(PackageCardCampaign.class);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        Date from = moment(valueOf(submitted, ACTIVE_FROM));
        Date to = moment(valueOf(submitted, ACTIVE_TO));
        if (from != null && to != null && to.before(from)) {
            return Collections.singletonList(new FieldViolation(ACTIVE_TO, END_BEFORE_START));
        }
        return Collections.<FieldViolation>emptyList();
    }

    private static Date moment(String value) {
        if (value == null || value.trim().isEmpty() || "null".equals(value.trim())) {
            return null;
        }
        try {
            return new SimpleDateFormat(FORM_DATE).parse(value.trim());
        } catch (ParseException e) {
            return null;
        }
    }
}
