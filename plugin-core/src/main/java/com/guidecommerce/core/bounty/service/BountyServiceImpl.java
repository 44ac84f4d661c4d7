package com.guidecommerce.core.bounty.service;

import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingRecord;
import com.guidecommerce.core.binding.domain.BindingRecordImpl;
import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.bounty.domain.BountyState;
import com.guidecommerce.core.bounty.domain.NewMemberBounty;
import com.guidecommerce.core.bounty.domain.NewMemberBountyImpl;
import com.guidecommerce.core.bounty.rule.BountyDecision;
import com.guidecommerce.core.bounty.rule.BountyRules;
import com.guidecommerce.core.bounty.rule.BountyTerms;
import com.guidecommerce.core.bounty.rule.FirstOrder;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.channel.service.PaidOrder;
import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class BountyServiceImpl implements BountyService {

    /** Sources through which a guide acquires a member; HQ's transfers and imports earn no bounty. */
    static final List<String> ACQUISITION_SOURCES = Arrays.asList(BindingSource.STORE_QR.getType(),
            BindingSource.SHARE_LINK.getType(), BindingSource.GUIDE_INVITATION.getType(), BindingSource.POS.getType());

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcBountyTerms")
    protected BountyTerms terms;

    @Resource(name = "gcChannelOrderService")
    protected ChannelOrderService channelOrderService;

    protected Currency currency;
    protected int lookbackDays;

    public BountyServiceImpl(String currencyCode, int lookbackDays) {
        this.currency = Currency.getInstance(currencyCode);
        this.lookbackDays = lookbackDays;
    }

    @Override
    @Transactional("blTransactionManager")
    public int createBounties() {
        Date now = SystemTime.asDate();
        Date since = new Date(now.getTime() - TimeUnit.DAYS.toMillis(lookbackDays));
        List<BindingRecord> firstBindings = em.createQuery("select r from " + BindingRecordImpl.class.getName() + " r"
                + " where r.action = :bound and r.source in (:sources) and r.occurredAt >= :since"
                + " and r.id = (select min(r2.id) from " + BindingRecordImpl.class.getName()
                + " r2 where r2.member.id = r.member.id)"
                + " and not exists (select b.id from " + NewMemberBountyImpl.class.getName()
                + " b where b.member.id = r.member.id) order by r.id", BindingRecord.class)
                .setParameter("bound", BindingAction.BOUND.getType()).setParameter("sources", ACQUISITION_SOURCES)
                .setParameter("since", since).getResultList();
        int created = 0;
        for (BindingRecord binding : firstBindings) {
            Date registeredAt = binding.getMember().getAuditable() == null ? null
                    : binding.getMember().getAuditable().getDateCreated();
            if (!BountyRules.isNewMember(registeredAt, binding.getOccurredAt(), terms)) {
                continue;
            }
            BountyState state = BountyRules.creationState(uncappedBountiesOnDay(binding.getGuide(),
                    binding.getOccurredAt()), terms);
            NewMemberBounty bounty = new NewMemberBountyImpl();
            bounty.setGuide(binding.getGuide());
            bounty.setMember(binding.getMember());
            bounty.setAmount(new Money(terms.getAmount(), currency));
            bounty.setBoundAt(binding.getOccurredAt());
            bounty.setCreatedAt(now);
            bounty.setState(state);
            if (state.isFinal()) {
                bounty.setDecidedAt(now);
                bounty.setReason(BountyRules.CAPPED);
            }
            em.persist(bounty);
            em.flush();
            created++;
        }
        return created;
    }

    @Override
    @Transactional("blTransactionManager")
    public int decidePendingBounties() {
        Date now = SystemTime.asDate();
        List<NewMemberBounty> pending = em.createQuery("select b from " + NewMemberBountyImpl.class.getName()
                + " b where b.state = :pending order by b.id", NewMemberBounty.class)
                .setParameter("pending", BountyState.PENDING.getType()).getResultList();
        Map<Long, List<PaidOrder>> ordersByMember = channelOrderService.findPaidOrdersSince(boundAtByMember(pending));
        int decided = 0;
        for (NewMemberBounty bounty : pending) {
            List<PaidOrder> orders = ordersByMember.get(bounty.getMember().getId());
            BountyDecision decision = BountyRules.vesting(bounty.getBoundAt(), firstOrders(orders), now, terms);
            if (decision.getState().isFinal()) {
                bounty.setState(decision.getState());
                bounty.setDecidedAt(now);
                bounty.setQualifyingOrderNumber(decision.getOrderNumber());
                bounty.setReason(decision.getReason());
                decided++;
            }
        }
        return decided;
    }

    /** Each member's earliest binding among the bounties: their orders since then are all any of them can use. */
    private static Map<Long, Date> boundAtByMember(List<NewMemberBounty> bounties) {
        Map<Long, Date> boundAt = new HashMap<Long, Date>();
        for (NewMemberBounty bounty : bounties) {
            Date known = boundAt.get(bounty.getMember().getId());
            if (known == null || bounty.getBoundAt().before(known)) {
                boundAt.put(bounty.getMember().getId(), bounty.getBoundAt());
            }
        }
        return boundAt;
    }

    /**
     * The member's paid orders since the binding, in every channel (a member a guide brought in who buys on Tmall is as
     * real as one who buys here), with refunds: an order refunded in full does not qualify.
     */
    private static List<FirstOrder> firstOrders(List<PaidOrder> orders) {
        if (orders == null) {
            return Collections.emptyList();
        }
        List<FirstOrder> result = new ArrayList<FirstOrder>();
        for (PaidOrder order : orders) {
            result.add(new FirstOrder(order.getReference(), order.getPaidAt(), order.getPaidAmount(),
                    order.isFullyRefunded()));
        }
        return result;
    }

    /** Bounties (not capped) the guide already earned on the store-local day of {@code moment}. */
    private int uncappedBountiesOnDay(Guide guide, Date moment) {
        ZoneId zone = guide.getStore().getTimeZone().toZoneId();
        ZonedDateTime dayStart = Instant.ofEpochMilli(moment.getTime()).atZone(zone).toLocalDate().atStartOfDay(zone);
        Date from = Date.from(dayStart.toInstant());
        Date to = Date.from(dayStart.plusDays(1).toInstant());
        return em.createQuery("select count(b) from " + NewMemberBountyImpl.class.getName()
                + " b where b.guide.id = :guideId and b.state <> :capped and b.boundAt >= :from and b.boundAt < :to",
                Long.class).setParameter("guideId", guide.getId()).setParameter("capped", BountyState.CAPPED.getType())
                .setParameter("from", from).setParameter("to", to).getSingleResult().intValue();
    }

    @Override
    public List<NewMemberBounty> findBountiesOf(Guide guide) {
        return em.createQuery("select b from " + NewMemberBountyImpl.class.getName()
                + " b where b.guide.id = :guideId order by b.boundAt desc", NewMemberBounty.class)
                .setParameter("guideId", guide.getId()).getResultList();
    }

    @Override
    public BountyTotals totalsOf(Guide guide) {
        BountyTotals totals = new BountyTotals();
        for (Object[] row : em.createQuery("select b.state, count(b), sum(b.amount) from "
                + NewMemberBountyImpl.class.getName() + " b where b.guide.id = :guideId group by b.state", Object[].class)
                .setParameter("guideId", guide.getId()).getResultList()) {
            totals.add((String) row[0], ((Number) row[1]).longValue(), (BigDecimal) row[2]);
        }
        return totals;
    }

    @Override
    public NewMemberBounty findBountyOfMember(Long customerId) {
        List<NewMemberBounty> found = em.createQuery("select b from " + NewMemberBountyImpl.class.getName()
                + " b where b.member.id = :customerId", NewMemberBounty.class)
                .setParameter("customerId", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
