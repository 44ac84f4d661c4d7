package com.guidecommerce.core.contest.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * A contestant's result, inserted by the contest service in the transaction that closes the contest; the unique
 * contestant per contest is a second guard against closing twice.
 */
@Entity
@Table(name = "GC_CONTEST_RESULT", uniqueConstraints = @UniqueConstraint(name = "UK_GC_CONTEST_RESULT_SUBJECT",
        columnNames = {"CONTEST_ID", "SUBJECT_KIND", "SUBJECT_ID"}))
@AdminPresentationClass(friendlyName = "GcContestResult")
public class ContestResultImpl implements ContestResult {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "RESULT_ID")
    @AdminPresentation(friendlyName = "GcContestResult_id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = ContestImpl.class, optional = false)
    @JoinColumn(name = "CONTEST_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcContestResult_contest", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Contest contest;

    @Column(name = "RANK_NO", nullable = false)
    @AdminPresentation(friendlyName = "GcContestResult_rank", order = 1000, prominent = true, gridOrder = 100)
    protected Integer rank;

    @Column(name = "SUBJECT_KIND", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "GcContestResult_subjectKind", visibility = VisibilityEnum.HIDDEN_ALL)
    protected String subjectKind;

    @Column(name = "SUBJECT_ID", nullable = false)
    @AdminPresentation(friendlyName = "GcContestResult_subjectId", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long subjectId;

    @Column(name = "SUBJECT_CODE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "GcContestResult_subjectCode", order = 2000, prominent = true, gridOrder = 200)
    protected String subjectCode;

    @Column(name = "SUBJECT_NAME", length = 100)
    @AdminPresentation(friendlyName = "GcContestResult_subjectName", order = 3000, prominent = true, gridOrder = 300)
    protected String subjectName;

    @Column(name = "PERIOD_SCORE", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcContestResult_periodScore", order = 4000, prominent = true, gridOrder = 400,
            fieldType = SupportedFieldType.DECIMAL)
    protected BigDecimal periodScore;

    @Column(name = "LATER_REFUNDS", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcContestResult_laterRefunds", order = 5000, prominent = true, gridOrder = 500,
            fieldType = SupportedFieldType.DECIMAL)
    protected BigDecimal laterRefunds;

    @Column(name = "FINAL_SCORE", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "GcContestResult_finalScore", order = 6000, prominent = true, gridOrder = 600,
            fieldType = SupportedFieldType.DECIMAL)
    protected BigDecimal finalScore;

    @Column(name = "WINNER", nullable = false)
    @AdminPresentation(friendlyName = "GcContestResult_winner", order = 7000, prominent = true, gridOrder = 700)
    protected Boolean winner;

    @Column(name = "REWARD_NOTE", length = 255)
    @AdminPresentation(friendlyName = "GcContestResult_reward", order = 8000, prominent = true, gridOrder = 800)
    protected String rewardNote;

    @Column(name = "CLOSED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GcContestResult_closedAt", order = 9000)
    protected Date closedAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Contest getContest() {
        return contest;
    }

    @Override
    public int getRank() {
        return rank;
    }

    @Override
    public String getSubjectKind() {
        return subjectKind;
    }

    @Override
    public Long getSubjectId() {
        return subjectId;
    }

    @Override
    public String getSubjectCode() {
        return subjectCode;
    }

    @Override
    public String getSubjectName() {
        return subjectName;
    }

    @Override
    public BigDecimal getPeriodScore() {
        return periodScore;
    }

    @Override
    public BigDecimal getLaterRefunds() {
        return laterRefunds;
    }

    @Override
    public BigDecimal getFinalScore() {
        return finalScore;
    }

    @Override
    public boolean isWinner() {
        return Boolean.TRUE.equals(winner);
    }

    @Override
    public String getRewardNote() {
        return rewardNote;
    }

    @Override
    public Date getClosedAt() {
        return closedAt;
    }
}
