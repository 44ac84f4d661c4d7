package com.guidecommerce.core.tier.service;

import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.test.FigureTablesFixture;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.OrganisationFixtures;
import com.guidecommerce.core.tier.dao.TierDao;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierSubject;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Tier ladders small enough to reach in a test, guides' daily figures and distributors' sharer entries. The ladders
 * are written once per database: guides NORMAL / SUPER (500.00, 3 orders, 2 new members), distributors D_NORMAL /
 * D_SILVER (1000.00, 2 orders) / D_GOLD (5000.00, 4 orders).
 */
public final class TierFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final OrganisationFixtures organisation;
    private final OrganisationService organisationService;
    private final DistributionService distributionService;
    private final FigureTablesFixture figures;
    private final LedgerRows ledger;
    private final String channel;

    public TierFixtures(ApplicationContext context) {
        this.organisation = new OrganisationFixtures(context);
        this.organisationService = context.getBean("gcOrganisationService", OrganisationService.class);
        this.distributionService = context.getBean("gcDistributionService", DistributionService.class);
        this.figures = new FigureTablesFixture(context.getBean("gcJdbcTemplate", JdbcTemplate.class));
        this.ledger = new LedgerRows(context);
        this.channel = ledger.channel();
        ladders(context.getBean("gcTierDao", TierDao.class),
                context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    private static synchronized void ladders(final TierDao dao, PlatformTransactionManager transactions) {
        new TransactionTemplate(transactions).execute(status -> {
            if (dao.readTiers(TierSubject.GUIDE).isEmpty()) {
                tier(dao, TierSubject.GUIDE, "NORMAL", 0, "0", 0, 0);
                tier(dao, TierSubject.GUIDE, "SUPER", 1, "500.00", 3, 2);
                tier(dao, TierSubject.DISTRIBUTOR, "D_NORMAL", 0, "0", 0, 0);
                tier(dao, TierSubject.DISTRIBUTOR, "D_SILVER", 1, "1000.00", 2, 0);
                tier(dao, TierSubject.DISTRIBUTOR, "D_GOLD", 2, "5000.00", 4, 0);
            }
            return null;
        });
    }

    private static void tier(TierDao dao, TierSubject subject, String code, int rank, String minSales, int minOrders,
                             int minNewMembers) {
        Tier tier = dao.createTier();
        tier.setSubject(subject);
        tier.setCode(code);
        tier.setName(code);
        tier.setNameEn(code);
        tier.setRank(rank);
        tier.setMinSales(new BigDecimal(minSales));
        tier.setMinOrders(minOrders);
        tier.setMinNewMembers(minNewMembers);
        dao.save(tier);
    }

    Guide guide(String tier) {
        Guide guide = organisation.guide(organisation.store());
        return organisationService.changeGuideTier(guide.getId(), tier);
    }

    /** A guide's figures of one day: sales, refunds, orders and new members. */
    void guideDay(Guide guide, String day, String sales, String refunds, int orders, int newMembers) {
        figures.guideDay(LocalDate.parse(day), guide.getId(), guide.getStore().getId(), null, null, sales, refunds,
                orders, newMembers, "0.00", "0.00");
    }

    Distributor distributor(String tier) {
        Guide guide = organisation.guide(organisation.store());
        Distributor distributor = distributionService.accept(distributionService.invite(guide).getToken(),
                organisation.member()).getDistributor();
        return distributionService.changeTier(distributor.getId(), tier, "test", "starts at " + tier);
    }

    /** An order the distributor shared, paid at noon of the store-local day; returns its sharer entry's id. */
    long shared(Distributor distributor, String day, String base) {
        Date paidAt = Date.from(LocalDate.parse(day).atTime(12, 0).atZone(ZONE).toInstant());
        long orderId = ledger.order(channel, paidAt).insert();
        long lineId = ledger.line(orderId, "1", "SKU-1", "Shirt", base, "0.00");
        return ledger.entry(channel, orderId, lineId)
                .beneficiary("SHARER", "DISTRIBUTOR", distributor.getId(), distributor.getCode(), null)
                .amounts(base, "5.0000", "1.00").createdAt(paidAt).insert();
    }

    /** The refund of part or all of a shared order, as the ledger reverses it. */
    void refunded(Distributor distributor, long entryId, String base) {
        ledger.reversalOf(channel, entryId)
                .beneficiary("SHARER", "DISTRIBUTOR", distributor.getId(), distributor.getCode(), null)
                .amounts(base, "5.0000", "-1.00").insert();
    }

    public String guideTier(Guide guide) {
        return ledger.jdbc().queryForObject("select TIER from GC_GUIDE where GUIDE_ID = ?", String.class,
                guide.getId());
    }

    String distributorTier(Distributor distributor) {
        return ledger.jdbc().queryForObject("select TIER from GC_DISTRIBUTOR where DISTRIBUTOR_ID = ?", String.class,
                distributor.getId());
    }

    JdbcTemplate jdbc() {
        return ledger.jdbc();
    }

    public int historyRows(TierSubject subject, Long subjectId) {
        return ledger.jdbc().queryForObject("select count(*) from GC_TIER_HISTORY where SUBJECT_KIND = ?"
                + " and SUBJECT_ID = ?", Integer.class, subject.getType(), subjectId);
    }
}
