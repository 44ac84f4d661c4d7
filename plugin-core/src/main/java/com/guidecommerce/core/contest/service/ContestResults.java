package com.guidecommerce.core.contest.service;

import com.guidecommerce.core.board.domain.SubjectKind;
import com.guidecommerce.core.commission.domain.BeneficiaryType;
import com.guidecommerce.core.commission.service.Bonus;
import com.guidecommerce.core.commission.service.LedgerService;
import com.guidecommerce.core.common.IdBlocks;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.common.jdbc.Sql;
import com.guidecommerce.core.contest.domain.Contest;
import com.guidecommerce.core.contest.domain.ContestReward;
import com.guidecommerce.core.contest.rule.Placing;
import com.guidecommerce.core.contest.rule.Standing;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.domain.StoreImpl;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.tier.domain.Tier;
import com.guidecommerce.core.tier.domain.TierSubject;
import com.guidecommerce.core.tier.service.TierService;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Writes a closing contest's results and gives its winners their reward, inside the transaction that closed it. A
 * promotion lifts a winning guide (in a team contest every active guide of a winning store) to the contest's tier
 * through the tier service, recorded in their tier history with the contest as the reason; a guide at that tier or
 * above keeps theirs. A bonus is credited in the commission ledger, one BONUS entry per winning guide, settleable at
 * once, so their next statement pays it. Bean {@code gcContestResults}.
 */
public class ContestResults {

    static final String RESULT_SEQUENCE = "GC_CONTEST_RESULT";
    static final String ACTOR_PREFIX = "contest:";
    /** The bonus's currency when the mall defines no default one. */
    static final String DEFAULT_CURRENCY = "CNY";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Resource(name = "gcIdBlocks")
    protected IdBlocks ids;

    @Resource(name = "gcTierService")
    protected TierService tierService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcLedgerService")
    protected LedgerService ledgerService;

    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencyService;

    public void record(Contest contest, SubjectKind subject, List<Placing> placings, String actor, Date now) {
        Map<String, Integer> tierRanks = guideTierRanks();
        List<Object[]> rows = new ArrayList<Object[]>(placings.size());
        for (Placing placing : placings) {
            Standing standing = placing.getStanding();
            String note = placing.isWinner() ? reward(contest, subject, placing, tierRanks, actor) : null;
            rows.add(new Object[] {ids.next(RESULT_SEQUENCE), contest.getId(), placing.getRank(), subject.name(),
                standing.getSubjectId(), standing.getCode(), standing.getName(), money(standing.getPeriodScore()),
                money(standing.getLaterRefunds()), money(standing.getFinalScore()), placing.isWinner(), note,
                Sql.timestamp(now)});
        }
        jdbc.batchUpdate("INSERT INTO GC_CONTEST_RESULT (RESULT_ID, CONTEST_ID, RANK_NO, SUBJECT_KIND, SUBJECT_ID,"
                + " SUBJECT_CODE, SUBJECT_NAME, PERIOD_SCORE, LATER_REFUNDS, FINAL_SCORE, WINNER, REWARD_NOTE,"
                + " CLOSED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private String reward(Contest contest, SubjectKind subject, Placing placing, Map<String, Integer> tierRanks,
                          String actor) {
        if (!ContestReward.PROMOTION.equals(contest.getReward())) {
            return payBonus(contest, subject, placing);
        }
        int promoted = 0;
        for (Guide guide : guidesOf(subject, placing.getStanding().getSubjectId())) {
            Integer now = tierRanks.get(guide.getTierCode());
            Integer reward = tierRanks.get(contest.getRewardTier());
            if (guide.isActive() && reward != null && (now == null || now < reward)) {
                tierService.override(TierSubject.GUIDE, guide.getId(), contest.getRewardTier(),
                        ACTOR_PREFIX + actor, contest.getName() + " #" + placing.getRank());
                promoted++;
            }
        }
        return subject == SubjectKind.STORE
                ? Note.of("contest.teamPromoted", contest.getRewardTier(), promoted).format()
                : Note.of(promoted > 0 ? "contest.promoted" : "contest.alreadyAtTier", contest.getRewardTier())
                        .format();
    }

    /** One BONUS ledger entry per winning guide (in a team contest per active guide of the store), settleable now. */
    private String payBonus(Contest contest, SubjectKind subject, Placing placing) {
        String amount = money(contest.getBonusAmount()).toPlainString();
        String reference = Note.of("contest.bonusFor", contest.getName(), placing.getRank()).format();
        int paid = 0;
        for (Guide guide : guidesOf(subject, placing.getStanding().getSubjectId())) {
            if (guide.isActive()) {
                ledgerService.appendBonus(new Bonus(BeneficiaryType.GUIDE.name(), guide.getId(), guide.getGuideCode(),
                        guide.getName(), contest.getBonusAmount(), currency(), reference));
                paid++;
            }
        }
        return subject == SubjectKind.STORE ? Note.of("contest.teamBonus", amount, paid).format()
                : Note.of(paid > 0 ? "contest.bonus" : "contest.noActiveGuide", amount).format();
    }

    private String currency() {
        BroadleafCurrency currency = currencyService.findDefaultBroadleafCurrency();
        return currency == null ? DEFAULT_CURRENCY : currency.getCurrencyCode();
    }

    private List<Guide> guidesOf(SubjectKind subject, Long subjectId) {
        if (subject == SubjectKind.GUIDE) {
            Guide guide = em.find(GuideImpl.class, subjectId);
            return guide == null ? Collections.<Guide>emptyList() : Collections.singletonList(guide);
        }
        Store store = em.find(StoreImpl.class, subjectId);
        return store == null ? Collections.<Guide>emptyList() : organisationService.findGuidesByStore(store);
    }

    private Map<String, Integer> guideTierRanks() {
        Map<String, Integer> ranks = new HashMap<String, Integer>();
        for (Tier tier : tierService.findTiers(TierSubject.GUIDE)) {
            ranks.put(tier.getCode(), tier.getRank());
        }
        return ranks;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }
}
