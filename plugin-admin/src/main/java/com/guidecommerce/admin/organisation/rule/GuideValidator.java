package com.guidecommerce.admin.organisation.rule;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.core.organisation.domain.GuideStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules a guide must satisfy before the admin saves it: the referral code and the employee number each identify one
 * guide, a departed guide stays departed, and only a departure makes a guide departed (see {@link GuideStatusPolicy}). A blank value is left to the admin's own
 * required-field check.
 */
public class GuideValidator {

    public static final String GUIDE_CODE = "guideCode";
    public static final String EMPLOYEE_NO = "employeeNo";
    public static final String STATUS = "status";

    public static final String DUPLICATE_GUIDE_CODE = "gcDuplicateGuideCode";
    public static final String DUPLICATE_EMPLOYEE_NO = "gcDuplicateEmployeeNo";
    public static final String DEPARTED_IS_FINAL = "gcGuideDepartedIsFinal";
    public static final String DEPART_THROUGH_DEPARTURE = "gcGuideDepartsThroughDeparture";

    private final GuideDirectory directory;

    public GuideValidator(GuideDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param guideId the guide being saved, {@code null} when it is new
     * @param requestedStatus the status the form asks for, {@code null} when the form does not change it
     */
    public List<FieldViolation> validate(Long guideId, String guideCode, String employeeNo, GuideStatus requestedStatus) {
        List<FieldViolation> violations = new ArrayList<FieldViolation>();
        if (!isBlank(guideCode) && directory.isGuideCodeTaken(guideCode.trim(), guideId)) {
            violations.add(new FieldViolation(GUIDE_CODE, DUPLICATE_GUIDE_CODE));
        }
        if (!isBlank(employeeNo) && directory.isEmployeeNoTaken(employeeNo.trim(), guideId)) {
            violations.add(new FieldViolation(EMPLOYEE_NO, DUPLICATE_EMPLOYEE_NO));
        }
        if (guideId != null && requestedStatus != null) {
            GuideStatus savedStatus = directory.findSavedStatus(guideId);
            if (!GuideStatusPolicy.canMove(savedStatus, requestedStatus)) {
                violations.add(new FieldViolation(STATUS, DEPARTED_IS_FINAL));
            } else if (GuideStatusPolicy.bypassesDeparture(savedStatus, requestedStatus)) {
                violations.add(new FieldViolation(STATUS, DEPART_THROUGH_DEPARTURE));
            }
        }
        return violations;
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
