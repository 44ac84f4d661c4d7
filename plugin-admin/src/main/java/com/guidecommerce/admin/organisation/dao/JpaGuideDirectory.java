package com.guidecommerce.admin.organisation.dao;

import com.guidecommerce.admin.organisation.rule.GuideDirectory;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import com.guidecommerce.core.organisation.domain.GuideStatus;

import java.util.List;
import java.util.Locale;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/** {@link GuideDirectory} over the GC_GUIDE table. Bean {@code gcGuideDirectory}. */
public class JpaGuideDirectory implements GuideDirectory {

    private static final String GUIDES = " from " + GuideImpl.class.getName() + " g where ";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean isGuideCodeTaken(String guideCode, Long guideId) {
        return countOthers("upper(g.guideCode) = :value", guideCode.toUpperCase(Locale.ROOT), guideId) > 0;
    }

    @Override
    public boolean isEmployeeNoTaken(String employeeNo, Long guideId) {
        return countOthers("g.employeeNo = :value", employeeNo, guideId) > 0;
    }

    @Override
    public GuideStatus findSavedStatus(Long guideId) {
        List<String> statuses = em.createQuery("select g.status" + GUIDES + "g.id = :id", String.class)
                .setParameter("id", guideId)
                .getResultList();
        return statuses.isEmpty() ? null : GuideStatus.getInstance(statuses.get(0));
    }

    private long countOthers(String condition, String value, Long guideId) {
        String jpql = "select count(g)" + GUIDES + condition + (guideId == null ? "" : " and g.id <> :id");
        TypedQuery<Long> query = em.createQuery(jpql, Long.class).setParameter("value", value);
        if (guideId != null) {
            query.setParameter("id", guideId);
        }
        return query.getSingleResult();
    }
}
