package com.guidecommerce.core.fraud.domain;

import com.guidecommerce.core.organisation.domain.Guide;

import java.io.Serializable;
import java.util.Date;

/**
 * A guide put on HQ's review list, with the evidence. One signal per guide, type and evidence key, so re-running the
 * detection does not duplicate it.
 */
public interface FraudSignal extends Serializable {

    Long getId();

    Guide getGuide();

    void setGuide(Guide guide);

    FraudSignalType getType();

    void setType(FraudSignalType type);

    /** Identifies the pattern instance (e.g. the hour of a burst, the shared phone prefix). */
    String getEvidenceKey();

    void setEvidenceKey(String evidenceKey);

    /** What was found, in words an operations manager can check. */
    String getEvidence();

    void setEvidence(String evidence);

    int getMemberCount();

    void setMemberCount(int memberCount);

    Date getDetectedAt();

    void setDetectedAt(Date detectedAt);

    FraudSignalStatus getStatus();

    void setStatus(FraudSignalStatus status);

    String getReviewNote();

    void setReviewNote(String reviewNote);
}
