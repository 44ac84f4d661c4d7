package com.guidecommerce.core.fraud.service;

import com.guidecommerce.core.binding.domain.BindingAction;
import com.guidecommerce.core.binding.domain.BindingRecordImpl;
import com.guidecommerce.core.binding.domain.MemberBindingImpl;
import com.guidecommerce.core.channel.service.ChannelOrderService;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.fraud.domain.FraudSignalImpl;
import com.guidecommerce.core.fraud.domain.FraudSignalType;
import com.guidecommerce.core.fraud.rule.Burst;
import com.guidecommerce.core.fraud.rule.FraudRules;
import com.guidecommerce.core.fraud.rule.FraudThresholds;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideImpl;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupImpl;
import org.springframework.transaction.annotation.Transactional;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class FraudDetectionServiceImpl implements FraudDetectionService {

    private static final int MEMBER_LIST_LIMIT = 800;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "gcFraudThresholds")
    protected FraudThresholds thresholds;

    @Resource(name = "gcChannelOrderService")
    protected ChannelOrderService channelOrderService;

    protected int lookbackDays;

    public FraudDetectionServiceImpl(int lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    @Override
    @Transactional("blTransactionManager")
    public int detectAll() {
        List<Guide> guides = em.createQuery("select g from " + GuideImpl.class.getName()
                + " g where g.status <> :departed order by g.id", Guide.class)
                .setParameter("departed", GuideStatus.DEPARTED.getType()).getResultList();
        int raised = 0;
        for (Guide guide : guides) {
            raised += detect(guide).size();
        }
        return raised;
    }

    @Override
    @Transactional("blTransactionManager")
    public List<FraudSignal> detect(Guide guide) {
        Date now = SystemTime.asDate();
        List<FraudSignal> raised = new ArrayList<FraudSignal>();
        detectBursts(guide, now, raised);
        detectNoPurchase(guide, now, raised);
        detectSharedOrderDetails(guide, now, raised);
        detectEmployeeAccounts(guide, now, raised);
        return raised;
    }

    private void detectBursts(Guide guide, Date now, List<FraudSignal> raised) {
        Date since = new Date(now.getTime() - TimeUnit.DAYS.toMillis(lookbackDays));
        List<Date> times = em.createQuery("select r.occurredAt from " + BindingRecordImpl.class.getName()
                + " r where r.guide.id = :guideId and r.action in (:actions) and r.occurredAt >= :since"
                + " order by r.occurredAt", Date.class)
                .setParameter("guideId", guide.getId())
                .setParameter("actions", Arrays.asList(BindingAction.BOUND.getType(), BindingAction.REBOUND.getType()))
                .setParameter("since", since).getResultList();
        SimpleDateFormat hour = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        hour.setTimeZone(guide.getStore().getTimeZone());
        for (Burst burst : FraudRules.bursts(times, thresholds.getBurstBindingsPerHour())) {
            raised.add(raise(guide, FraudSignalType.REGISTRATION_BURST, hour.format(burst.getFirstAt()),
                    Note.of("fraud.burst", burst.getCount(), hour.format(burst.getFirstAt()),
                            hour.format(burst.getLastAt()), guide.getStore().getTimeZoneId()).format(),
                    burst.getCount(), now));
        }
    }

    /** A member has bought when they have a paid order in any channel: on Tmall as much as in this mall. */
    private void detectNoPurchase(Guide guide, Date now, List<FraudSignal> raised) {
        Date matureBefore = new Date(now.getTime() - TimeUnit.DAYS.toMillis(thresholds.getNoPurchaseAfterDays()));
        List<Long> members = em.createQuery("select b.member.id from " + MemberBindingImpl.class.getName()
                + " b where b.guide.id = :guideId and b.boundAt <= :matureBefore"
                + " and (b.validUntil is null or b.validUntil > :now)", Long.class)
                .setParameter("guideId", guide.getId()).setParameter("matureBefore", matureBefore)
                .setParameter("now", now).getResultList();
        int withoutPurchase = members.size() - channelOrderService.findMembersWithPaidOrder(members).size();
        if (FraudRules.mostlyNoPurchase(members.size(), withoutPurchase, thresholds)) {
            raised.add(raise(guide, FraudSignalType.NO_PURCHASE, "members-without-purchase",
                    Note.of("fraud.noPurchase", withoutPurchase, members.size(), thresholds.getNoPurchaseAfterDays())
                            .format(), withoutPurchase, now));
        }
    }

    private void detectSharedOrderDetails(Guide guide, Date now, List<FraudSignal> raised) {
        List<Object[]> rows = em.createQuery("select o.customer.id, a.primaryPhone, a.city, a.addressLine1 from "
                + FulfillmentGroupImpl.class.getName() + " fg join fg.order o join fg.address a, "
                + MemberBindingImpl.class.getName() + " b where b.member.id = o.customer.id and b.guide.id = :guideId"
                + " and o.submitDate is not null", Object[].class)
                .setParameter("guideId", guide.getId()).getResultList();
        Map<Long, List<String>> phones = new HashMap<Long, List<String>>();
        Map<Long, List<String>> addresses = new HashMap<Long, List<String>>();
        for (Object[] row : rows) {
            Long member = (Long) row[0];
            add(phones, member, FraudRules.phonePrefix((String) row[1]));
            add(addresses, member, FraudRules.normaliseAddress((String) row[2], (String) row[3]));
        }
        for (Map.Entry<String, Set<Long>> shared
                : FraudRules.sharedValues(phones, thresholds.getSharedPhonePrefixMembers()).entrySet()) {
            raised.add(raise(guide, FraudSignalType.SHARED_PHONE_PREFIX, shared.getKey(), Note.of("fraud.sharedPhonePrefix",
                    shared.getValue().size(), shared.getKey(), memberList(shared.getValue())).format(),
                    shared.getValue().size(), now));
        }
        for (Map.Entry<String, Set<Long>> shared
                : FraudRules.sharedValues(addresses, thresholds.getSharedAddressMembers()).entrySet()) {
            raised.add(raise(guide, FraudSignalType.SHARED_ADDRESS, shorten(shared.getKey()), Note.of("fraud.sharedAddress",
                    shared.getValue().size(), memberList(shared.getValue())).format(),
                    shared.getValue().size(), now));
        }
    }

    private void detectEmployeeAccounts(Guide guide, Date now, List<FraudSignal> raised) {
        List<Object[]> employees = em.createQuery("select b.member.id, g.guideCode from "
                + MemberBindingImpl.class.getName() + " b, " + GuideImpl.class.getName() + " g"
                + " where g.customer.id = b.member.id and g.id <> b.guide.id and b.guide.id = :guideId", Object[].class)
                .setParameter("guideId", guide.getId()).getResultList();
        for (Object[] employee : employees) {
            raised.add(raise(guide, FraudSignalType.EMPLOYEE_ACCOUNT, "member-" + employee[0],
                    Note.of("fraud.employeeAccount", employee[0], employee[1]).format(), 1, now));
        }
    }

    /** The members' ids for the evidence, cut short so the evidence stays a whole note within its column. */
    private static String memberList(Set<Long> members) {
        String list = members.toString();
        return list.length() > MEMBER_LIST_LIMIT ? list.substring(0, list.lastIndexOf(',', MEMBER_LIST_LIMIT)) + ", …]"
                : list;
    }

    /** Raises a signal, or refreshes the evidence of the one already raised for the same pattern. */
    private FraudSignal raise(Guide guide, FraudSignalType type, String key, String evidence, int members, Date now) {
        List<FraudSignal> existing = em.createQuery("select s from " + FraudSignalImpl.class.getName()
                + " s where s.guide.id = :guideId and s.type = :type and s.evidenceKey = :key", FraudSignal.class)
                .setParameter("guideId", guide.getId()).setParameter("type", type.getType()).setParameter("key", key)
                .getResultList();
        FraudSignal signal = existing.isEmpty() ? new FraudSignalImpl() : existing.get(0);
        signal.setGuide(guide);
        signal.setType(type);
        signal.setEvidenceKey(key);
        signal.setEvidence(evidence.length() > 1000 ? evidence.substring(0, 997) + "..." : evidence);
        signal.setMemberCount(members);
        if (existing.isEmpty()) {
            signal.setDetectedAt(now);
            em.persist(signal);
        }
        return signal;
    }

    private static void add(Map<Long, List<String>> values, Long member, String value) {
        if (!values.containsKey(member)) {
            values.put(member, new ArrayList<String>());
        }
        values.get(member).add(value);
    }

    private static String shorten(String key) {
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    @Override
    public List<FraudSignal> findSignalsOf(Guide guide) {
        return em.createQuery("select s from " + FraudSignalImpl.class.getName()
                + " s where s.guide.id = :guideId order by s.detectedAt desc", FraudSignal.class)
                .setParameter("guideId", guide.getId()).getResultList();
    }
}
