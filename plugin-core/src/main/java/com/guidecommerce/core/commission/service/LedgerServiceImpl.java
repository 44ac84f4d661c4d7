package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.BeneficiaryType;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.CommissionRole;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryRoleType;
import com.guidecommerce.core.commission.domain.EntryState;
import com.guidecommerce.core.commission.ledger.AppendedEntry;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.jdbc.Sql;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
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

    /** The channel code of entries no channel's order earned. */
    public static final String NO_CHANNEL = "BONUS";
    private static final int REFERENCE_LENGTH = 128;
    private static final String ENTRY_SEQUENCE = "GC_COMMISSION_ENTRY";
    private static final BigDecimal HUNDRED_PERCENT = new BigDecimal("100.0000");

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "gcIdBlocks")
    protected IdBlocks ids;

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

    @Override
    public List<AppendedEntry> findEntriesAppended(String beneficiaryType, Date from, Date to) {
        List<Object[]> rows = em.createQuery("select e.id, e.kind, e.role, e.beneficiaryId, e.channelCode, e.order.id,"
                + " e.amount, e.createdAt from CommissionEntryImpl e where e.beneficiaryType = :type"
                + " and e.createdAt >= :from and e.createdAt < :to order by e.id", Object[].class)
                .setParameter("type", beneficiaryType)
                .setParameter("from", from, TemporalType.TIMESTAMP)
                .setParameter("to", to, TemporalType.TIMESTAMP)
                .getResultList();
        List<AppendedEntry> entries = new ArrayList<AppendedEntry>(rows.size());
        for (Object[] row : rows) {
            entries.add(new AppendedEntry((Long) row[0], EntryKind.valueOf((String) row[1]), (String) row[2],
                    beneficiaryType, (Long) row[3], (String) row[4], (Long) row[5], (BigDecimal) row[6],
                    (Date) row[7]));
        }
        return entries;
    }

    @Override
    public Map<Long, SharerFigures> sharerFigures(Collection<Long> distributorIds, Date from, Date to) {
        Map<Long, Map<Long, BigDecimal>> netByOrder = new HashMap<Long, Map<Long, BigDecimal>>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<Long>(new LinkedHashSet<Long>(distributorIds)))) {
            // A reversal's base is the refunded amount, positive like the base it reverses.
            List<Object[]> rows = em.createQuery("select e.beneficiaryId, e.order.id, e.kind, sum(e.baseAmount)"
                    + " from CommissionEntryImpl e where e.role = :role and e.beneficiaryType = :type"
                    + " and e.beneficiaryId in (:ids) and e.order.paidAt >= :from and e.order.paidAt < :to"
                    + " group by e.beneficiaryId, e.order.id, e.kind", Object[].class)
                    .setParameter("role", CommissionRole.SHARER.getType())
                    .setParameter("type", BeneficiaryType.DISTRIBUTOR.name())
                    .setParameter("ids", chunk)
                    .setParameter("from", from, TemporalType.TIMESTAMP)
                    .setParameter("to", to, TemporalType.TIMESTAMP)
                    .getResultList();
            for (Object[] row : rows) {
                BigDecimal base = (BigDecimal) row[3];
                BigDecimal signed = EntryKind.REVERSAL.name().equals(row[2]) ? base.negate() : base;
                Map<Long, BigDecimal> orders = netByOrder.get((Long) row[0]);
                if (orders == null) {
                    orders = new HashMap<Long, BigDecimal>();
                    netByOrder.put((Long) row[0], orders);
                }
                BigDecimal sum = orders.get((Long) row[1]);
                orders.put((Long) row[1], sum == null ? signed : sum.add(signed));
            }
        }
        Map<Long, SharerFigures> figures = new HashMap<Long, SharerFigures>();
        for (Map.Entry<Long, Map<Long, BigDecimal>> sharer : netByOrder.entrySet()) {
            figures.put(sharer.getKey(), sharerFigures(sharer.getValue().values()));
        }
        return figures;
    }

    private static SharerFigures sharerFigures(Collection<BigDecimal> netOfOrders) {
        BigDecimal sales = BigDecimal.ZERO;
        long orders = 0;
        for (BigDecimal net : netOfOrders) {
            if (net.signum() > 0) {
                sales = sales.add(net);
                orders++;
            }
        }
        return new SharerFigures(sales.setScale(2, RoundingMode.HALF_UP), orders);
    }

    @Override
    public LedgerTotals totalsOf(String beneficiaryType, Long beneficiaryId) {
        // Reversal entries carry negative amounts, so a plain sum per state is the net.
        List<Object[]> rows = em.createQuery("select e.state, sum(e.amount) from CommissionEntryImpl e"
                + " where e.beneficiaryType = :type and e.beneficiaryId = :id group by e.state", Object[].class)
                .setParameter("type", beneficiaryType)
                .setParameter("id", beneficiaryId)
                .getResultList();
        Map<EntryState, BigDecimal> byState = new EnumMap<EntryState, BigDecimal>(EntryState.class);
        for (Object[] row : rows) {
            byState.put(EntryState.valueOf((String) row[0]), (BigDecimal) row[1]);
        }
        return new LedgerTotals(byState);
    }

    @Override
    public List<CommissionEntry> findLatestEntriesOf(String beneficiaryType, Long beneficiaryId, int max) {
        return em.createQuery("select e from CommissionEntryImpl e join fetch e.order"
                + " where e.beneficiaryType = :type and e.beneficiaryId = :id order by e.id desc", CommissionEntry.class)
                .setParameter("type", beneficiaryType)
                .setParameter("id", beneficiaryId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    @Transactional("blTransactionManager")
    public Long appendBonus(Bonus bonus) {
        if (bonus.getAmount() == null || bonus.getAmount().signum() <= 0) {
            throw new IllegalArgumentException("A bonus is an amount above zero, not " + bonus.getAmount());
        }
        long id = ids.next(ENTRY_SEQUENCE);
        Timestamp now = new Timestamp(SystemTime.asMillis());
        String reference = bonus.getReference();
        if (reference != null && reference.length() > REFERENCE_LENGTH) {
            reference = reference.substring(0, REFERENCE_LENGTH);
        }
        BigDecimal amount = bonus.getAmount().setScale(2, RoundingMode.HALF_UP);
        jdbc.update("INSERT INTO GC_COMMISSION_ENTRY (ENTRY_ID, CREATED_AT, KIND, ROLE, BENEFICIARY_TYPE, BENEFICIARY_ID,"
                + " BENEFICIARY_CODE, BENEFICIARY_NAME, CHANNEL_CODE, BASE_AMOUNT, RATE_PERCENT, AMOUNT, CURRENCY_CODE,"
                + " STATE, ELIGIBLE_AT, STATE_CHANGED_AT, RULE_SCOPE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)", id, now, EntryKind.BONUS.name(), EntryRoleType.CONTEST_WINNER,
                bonus.getBeneficiaryType(), bonus.getBeneficiaryId(), bonus.getBeneficiaryCode(),
                bonus.getBeneficiaryName(), NO_CHANNEL, amount, HUNDRED_PERCENT, amount, bonus.getCurrency(),
                EntryState.SETTLEABLE.name(), now, now, reference);
        return id;
    }
}
