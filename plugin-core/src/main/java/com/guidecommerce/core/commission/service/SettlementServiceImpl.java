package com.guidecommerce.core.commission.service;

import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.domain.EntryKind;
import com.guidecommerce.core.commission.domain.EntryState;
import com.guidecommerce.core.commission.domain.SettlementStatement;
import com.guidecommerce.core.commission.domain.SettlementStatementImpl;
import com.guidecommerce.core.commission.domain.StatementStatus;
import com.guidecommerce.core.commission.rule.StatementCsv;
import com.guidecommerce.core.commission.rule.StatementNumbers;
import com.guidecommerce.core.common.time.DisplayTimes;
import com.guidecommerce.core.common.time.StoreTimeZones;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TemporalType;

/**
 * Statements from the ledger. The ledger rows are written by the ingest pipeline with batched JDBC, so they are read
 * here as plain values and moved with bulk updates in the statement's transaction, never as loaded entities that could
 * be stale. Each statement's entries are moved with the same conditions they were summed with, and the moved count
 * must equal the summed count: a concurrent run or ledger change rolls the whole generation back instead of producing
 * a statement whose total does not reconcile. Bean {@code gcSettlementService}.
 */
public class SettlementServiceImpl implements SettlementService {

    private static final Log LOG = LogFactory.getLog(SettlementServiceImpl.class);
    private static final int MAX_REFERENCE = 100;

    /** Settleable entries before the period's end; an entry without an eligibility time counts from its creation. */
    private static final String SETTLEABLE_BEFORE_END = " e.state = :settleable and coalesce(e.eligibleAt, e.createdAt) < :periodEnd";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "gcLedgerService")
    protected LedgerService ledgerService;

    @Resource(name = "gcStoreTimeZones")
    protected StoreTimeZones storeTimeZones;

    private final ZoneId zone;

    /** @param timeZone HQ's time zone (gc.default.timezone): statement numbers and CSV dates use it */
    public SettlementServiceImpl(String timeZone) {
        this.zone = ZoneId.of(timeZone);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<SettlementStatement> generate(Date periodStart, Date periodEnd, String actor) {
        if (periodStart == null || periodEnd == null || !periodStart.before(periodEnd)) {
            throw new SettlementException(SettlementException.INVALID_PERIOD,
                    "A settlement period needs a start before its end.");
        }
        Date now = SystemTime.asDate();
        if (periodEnd.after(now)) {
            throw new SettlementException(SettlementException.PERIOD_NOT_ENDED,
                    "The period has not ended yet; generate its statements after it ends.");
        }
        // Windows that closed before the period's end count, even if the scheduled release has not run since.
        ledgerService.releaseFrozenEntries();

        String prefix = StatementNumbers.prefix(periodStart, zone);
        Set<String> taken = new HashSet<String>(numbersStartingWith(prefix));
        List<SettlementStatement> created = new ArrayList<SettlementStatement>();
        for (BeneficiaryTotals totals : settleableTotals(periodEnd)) {
            if (totals.total().signum() <= 0) {
                // Nothing is owed: the entries stay settleable and carry into the next statement.
                continue;
            }
            SettlementStatement statement = newStatement(totals, periodStart, periodEnd, now, actor);
            statement.setStatementNo(StatementNumbers.next(prefix, totals.code, taken));
            taken.add(statement.getStatementNo());
            em.persist(statement);
            em.flush();
            int moved = settle(statement, totals, periodEnd, now);
            if (moved != totals.count) {
                throw new SettlementException(SettlementException.LEDGER_CHANGED, "The ledger of "
                        + totals.type + " " + totals.code + " changed while statements were generated; nothing was "
                        + "generated. Generate again.");
            }
            created.add(statement);
        }
        LOG.info("Generated " + created.size() + " settlement statement(s) up to " + periodEnd + " by " + actor);
        return created;
    }

    @Override
    @Transactional("blTransactionManager")
    public SettlementStatement confirm(Long statementId, String actor) {
        SettlementStatement statement = lockedStatement(statementId);
        requireStatus(statement, StatementStatus.GENERATED, "confirmed");
        statement.setStatus(StatementStatus.CONFIRMED.name());
        statement.setConfirmedAt(SystemTime.asDate());
        statement.setConfirmedBy(actor);
        return statement;
    }

    @Override
    @Transactional("blTransactionManager")
    public SettlementStatement markPaid(Long statementId, String paymentReference, String actor) {
        String reference = paymentReference == null ? "" : paymentReference.trim();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE) {
            throw new SettlementException(SettlementException.PAYMENT_REFERENCE_REQUIRED,
                    "Enter the payment's reference (bank transfer or voucher number, at most " + MAX_REFERENCE
                            + " characters).");
        }
        SettlementStatement statement = lockedStatement(statementId);
        requireStatus(statement, StatementStatus.CONFIRMED, "marked paid");
        Date now = SystemTime.asDate();
        statement.setStatus(StatementStatus.PAID.name());
        statement.setPaidAt(now);
        statement.setPaidBy(actor);
        statement.setPaymentReference(reference);
        em.createQuery("update CommissionEntryImpl e set e.state = :paid, e.stateChangedAt = :now"
                + " where e.statementId = :statementId and e.state = :settled")
                .setParameter("paid", EntryState.PAID.name())
                .setParameter("now", now, TemporalType.TIMESTAMP)
                .setParameter("statementId", statementId)
                .setParameter("settled", EntryState.SETTLED.name())
                .executeUpdate();
        return statement;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CommissionEntry> entriesOf(Long statementId) {
        return em.createQuery("select e from CommissionEntryImpl e where e.statementId = :statementId"
                + " order by e.createdAt, e.id", CommissionEntry.class)
                .setParameter("statementId", statementId)
                .getResultList();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<SettlementStatement> findStatementsOf(String beneficiaryType, Long beneficiaryId) {
        return em.createQuery("select s from SettlementStatementImpl s where s.beneficiaryType = :type"
                + " and s.beneficiaryId = :id order by s.periodEnd desc, s.id desc", SettlementStatement.class)
                .setParameter("type", beneficiaryType)
                .setParameter("id", beneficiaryId)
                .getResultList();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public SettlementStatement findStatement(Long statementId) {
        return em.find(SettlementStatementImpl.class, statementId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public void writeCsv(Long statementId, Writer out, StatementCsv.Labels labels) throws IOException {
        SettlementStatement statement = em.find(SettlementStatementImpl.class, statementId);
        if (statement == null) {
            throw notFound(statementId);
        }
        new StatementCsv(periodTimes(), timesOf(statement), labels).write(statement, entriesOf(statementId), out);
    }

    @Override
    public DisplayTimes periodTimes() {
        return new DisplayTimes(zone);
    }

    @Override
    public DisplayTimes timesOf(SettlementStatement statement) {
        return new DisplayTimes(storeTimeZones.ofBeneficiary(statement.getBeneficiaryType(),
                statement.getBeneficiaryId()));
    }

    private List<BeneficiaryTotals> settleableTotals(Date periodEnd) {
        List<Object[]> rows = em.createQuery("select e.beneficiaryType, e.beneficiaryId, e.currency, e.kind,"
                + " sum(e.amount), count(e.id), max(e.beneficiaryCode), max(e.beneficiaryName)"
                + " from CommissionEntryImpl e where" + SETTLEABLE_BEFORE_END
                + " group by e.beneficiaryType, e.beneficiaryId, e.currency, e.kind"
                + " order by e.beneficiaryType, e.beneficiaryId, e.currency", Object[].class)
                .setParameter("settleable", EntryState.SETTLEABLE.name())
                .setParameter("periodEnd", periodEnd, TemporalType.TIMESTAMP)
                .getResultList();
        Map<String, BeneficiaryTotals> byBeneficiary = new LinkedHashMap<String, BeneficiaryTotals>();
        for (Object[] row : rows) {
            String key = row[0] + "|" + row[1] + "|" + row[2];
            BeneficiaryTotals totals = byBeneficiary.get(key);
            if (totals == null) {
                totals = new BeneficiaryTotals((String) row[0], (Long) row[1], (String) row[2], (String) row[6],
                        (String) row[7]);
                byBeneficiary.put(key, totals);
            }
            totals.add(EntryKind.valueOf((String) row[3]), (BigDecimal) row[4], ((Number) row[5]).intValue());
        }
        return new ArrayList<BeneficiaryTotals>(byBeneficiary.values());
    }

    private int settle(SettlementStatement statement, BeneficiaryTotals totals, Date periodEnd, Date now) {
        return em.createQuery("update CommissionEntryImpl e set e.state = :settled, e.statementId = :statementId,"
                + " e.stateChangedAt = :now where" + SETTLEABLE_BEFORE_END
                + " and e.beneficiaryType = :type and e.beneficiaryId = :beneficiaryId and e.currency = :currency")
                .setParameter("settled", EntryState.SETTLED.name())
                .setParameter("statementId", statement.getId())
                .setParameter("now", now, TemporalType.TIMESTAMP)
                .setParameter("settleable", EntryState.SETTLEABLE.name())
                .setParameter("periodEnd", periodEnd, TemporalType.TIMESTAMP)
                .setParameter("type", totals.type)
                .setParameter("beneficiaryId", totals.id)
                .setParameter("currency", totals.currency)
                .executeUpdate();
    }

    private SettlementStatement newStatement(BeneficiaryTotals totals, Date periodStart, Date periodEnd, Date now,
                                             String actor) {
        SettlementStatement statement = (SettlementStatement) entityConfiguration
                .createEntityInstance(SettlementStatement.class.getName());
        statement.setGeneratedAt(now);
        statement.setGeneratedBy(actor);
        statement.setBeneficiaryType(totals.type);
        statement.setBeneficiaryId(totals.id);
        statement.setBeneficiaryCode(totals.code);
        statement.setBeneficiaryName(totals.name);
        statement.setPeriodStart(periodStart);
        statement.setPeriodEnd(periodEnd);
        statement.setCurrency(totals.currency);
        statement.setCommissionTotal(totals.commission);
        statement.setReversalTotal(totals.reversal);
        statement.setTotal(totals.total());
        statement.setEntryCount(totals.count);
        statement.setStatus(StatementStatus.GENERATED.name());
        return statement;
    }

    private List<String> numbersStartingWith(String prefix) {
        return em.createQuery("select s.statementNo from SettlementStatementImpl s where s.statementNo like :prefix",
                String.class)
                .setParameter("prefix", prefix + "%")
                .getResultList();
    }

    private SettlementStatement lockedStatement(Long statementId) {
        SettlementStatement statement = statementId == null ? null
                : em.find(SettlementStatementImpl.class, statementId, LockModeType.PESSIMISTIC_WRITE);
        if (statement == null) {
            throw notFound(statementId);
        }
        return statement;
    }

    private static void requireStatus(SettlementStatement statement, StatementStatus required, String step) {
        if (!required.name().equals(statement.getStatus())) {
            throw new SettlementException(SettlementException.ILLEGAL_TRANSITION, "Statement "
                    + statement.getStatementNo() + " is " + statement.getStatus() + "; only a " + required.name()
                    + " statement can be " + step + ".");
        }
    }

    private static SettlementException notFound(Long statementId) {
        return new SettlementException(SettlementException.STATEMENT_NOT_FOUND,
                "There is no settlement statement " + statementId + ".");
    }

    /** One beneficiary's settleable entries in one currency, summed by kind. */
    private static final class BeneficiaryTotals {

        final String type;
        final Long id;
        final String currency;
        final String code;
        final String name;
        BigDecimal commission = BigDecimal.ZERO.setScale(2);
        BigDecimal reversal = BigDecimal.ZERO.setScale(2);
        int count;

        BeneficiaryTotals(String type, Long id, String currency, String code, String name) {
            this.type = type;
            this.id = id;
            this.currency = currency;
            this.code = code;
            this.name = name;
        }

        void add(EntryKind kind, BigDecimal sum, int entries) {
            if (kind == EntryKind.REVERSAL) {
                reversal = reversal.add(sum);
            } else {
                commission = commission.add(sum);
            }
            count += entries;
        }

        BigDecimal total() {
            return commission.add(reversal);
        }
    }
}
