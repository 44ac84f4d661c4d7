package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.EntryState;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TemporalType;

/**
 * Releases frozen ledger entries once their channel's return window has closed. One bulk update: the entries are
 * written by the ingest pipeline with batched JDBC and never loaded here. An entry becomes eligible for settlement at
 * the moment its window closed, not when this ran, so a late run settles it into the right period. Bean
 * {@code gcLedgerService}.
 */
public class LedgerServiceImpl implements LedgerService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional("blTransactionManager")
    public int releaseFrozenEntries() {
        Date now = SystemTime.asDate();
        return em.createQuery("update CommissionEntryImpl e set e.state = :settleable, e.eligibleAt = e.frozenUntil,"
                + " e.stateChangedAt = :now where e.state = :frozen and e.frozenUntil <= :now")
                .setParameter("settleable", EntryState.SETTLEABLE.name())
                .setParameter("now", now, TemporalType.TIMESTAMP)
                .setParameter("frozen", EntryState.FROZEN.name())
                .executeUpdate();
    }
}
