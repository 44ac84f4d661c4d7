package com.guidecommerce.admin.organisation.rule;

import com.guidecommerce.core.organisation.domain.GuideStatus;

/** What the guide rules need to know about the guides already saved. */
public interface GuideDirectory {

    /** Whether a guide other than {@code guideId} ({@code null} for a new guide) uses {@code guideCode}, ignoring case. */
    boolean isGuideCodeTaken(String guideCode, Long guideId);

    /** Whether a guide other than {@code guideId} ({@code null} for a new guide) has {@code employeeNo}. */
    boolean isEmployeeNoTaken(String employeeNo, Long guideId);

    /** The saved status of the guide, or {@code null} when there is no such guide. */
    GuideStatus findSavedStatus(Long guideId);
}
