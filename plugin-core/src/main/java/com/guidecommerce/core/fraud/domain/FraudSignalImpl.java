package com.guidecommerce.core.fraud.domain;

import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "GC_FRAUD_SIGNAL", uniqueConstraints = @UniqueConstraint(name = "UK_GC_FRAUD_SIGNAL",
        columnNames = {"GUIDE_ID", "SIGNAL_TYPE", "EVIDENCE_KEY"}))
@AdminPresentationClass(populateToOneFields = PopulateToOneFieldsEnum.TRUE, friendlyName = "GcFraudSignal")
public class FraudSignalImpl implements FraudSignal {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GcFraudSignalId")
    @GenericGenerator(name = "GcFraudSignalId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GcFraudSignalImpl"),
                    @Parameter(name = "entity_name", value = "com.guidecommerce.core.fraud.domain.FraudSignalImpl")
            })
    @Column(name = "FRAUD_SIGNAL_ID")
    @AdminPresentation(friendlyName = "GcFraudSignal_id", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    // To-one references stay eager: Broadleaf's admin reads a reference's id by field reflection. No to-one column
    // comes first in the grid: Broadleaf 3.1 prints the first column's value twice when it is a to-one lookup.
    // HQ edits only the status and the review note (the admin's persistence handler enforces it).
    @ManyToOne(targetEntity = GuideImpl.class, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    // Shown in the grid as guideCode, which the list's search box can search.
    @AdminPresentation(friendlyName = "GcFraudSignal_guide", order = 1000, readOnly = true)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "guideCode")
    protected Guide guide;

    /** The guide's code, first in the grid: the search box finds the guide's rows by it or the guide's name. */
    @Formula("(SELECT g.GUIDE_CODE FROM GC_GUIDE g WHERE g.GUIDE_ID = GUIDE_ID)")
    @AdminPresentation(friendlyName = "GcFraudSignal_guide", order = 1100, prominent = true, gridOrder = 100,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected String guideCode;

    @Column(name = "SIGNAL_TYPE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcFraudSignal_type", order = 2000, prominent = true, gridOrder = 3000,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.fraud.domain.FraudSignalType")
    protected String type;

    @Column(name = "EVIDENCE_KEY", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "GcFraudSignal_evidenceKey", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected String evidenceKey;

    @Column(name = "EVIDENCE", nullable = false, length = 1000)
    @AdminPresentation(friendlyName = "GcFraudSignal_evidence", order = 3000, prominent = true, gridOrder = 4000,
            readOnly = true)
    protected String evidence;

    @Column(name = "MEMBER_COUNT", nullable = false)
    @AdminPresentation(friendlyName = "GcFraudSignal_memberCount", order = 4000, prominent = true, gridOrder = 5000,
            readOnly = true)
    protected Integer memberCount;

    @Column(name = "DETECTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcFraudSignal_detectedAt", order = 5000, prominent = true, gridOrder = 1000,
            readOnly = true)
    protected Date detectedAt;

    @Column(name = "STATUS", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcFraudSignal_status", order = 6000, prominent = true, gridOrder = 6000,
            helpText = "GcFraudSignal_status_help", requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.guidecommerce.core.fraud.domain.FraudSignalStatus")
    protected String status = FraudSignalStatus.OPEN.getType();

    @Column(name = "REVIEW_NOTE", length = 500)
    @AdminPresentation(friendlyName = "GcFraudSignal_reviewNote", order = 7000, helpText = "GcFraudSignal_reviewNote_help",
            largeEntry = true)
    protected String reviewNote;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Guide getGuide() {
        return guide;
    }

    @Override
    public void setGuide(Guide guide) {
        this.guide = guide;
    }

    @Override
    public FraudSignalType getType() {
        return FraudSignalType.getInstance(type);
    }

    @Override
    public void setType(FraudSignalType type) {
        this.type = type == null ? null : type.getType();
    }

    @Override
    public String getEvidenceKey() {
        return evidenceKey;
    }

    @Override
    public void setEvidenceKey(String evidenceKey) {
        this.evidenceKey = evidenceKey;
    }

    @Override
    public String getEvidence() {
        return evidence;
    }

    @Override
    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    @Override
    public int getMemberCount() {
        return memberCount == null ? 0 : memberCount;
    }

    @Override
    public void setMemberCount(int memberCount) {
        this.memberCount = memberCount;
    }

    @Override
    public Date getDetectedAt() {
        return detectedAt;
    }

    @Override
    public void setDetectedAt(Date detectedAt) {
        this.detectedAt = detectedAt;
    }

    @Override
    public FraudSignalStatus getStatus() {
        return FraudSignalStatus.getInstance(status);
    }

    @Override
    public void setStatus(FraudSignalStatus status) {
        this.status = status == null ? null : status.getType();
    }

    @Override
    public String getReviewNote() {
        return reviewNote;
    }

    @Override
    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
