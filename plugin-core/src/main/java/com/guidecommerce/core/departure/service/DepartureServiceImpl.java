package com.guidecommerce.core.departure.service;

import com.guidecommerce.core.binding.domain.BindingSource;
import com.guidecommerce.core.binding.domain.MemberBinding;
import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.binding.rule.BindingReasons;
import com.guidecommerce.core.binding.service.BindingResult;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.departure.dao.DepartureDao;
import com.guidecommerce.core.departure.domain.DepartureStrategy;
import com.guidecommerce.core.departure.domain.GuideDeparture;
import com.guidecommerce.core.departure.domain.GuideDepartureImpl;
import com.guidecommerce.core.departure.rule.DepartingMember;
import com.guidecommerce.core.departure.rule.DepartureError;
import com.guidecommerce.core.departure.rule.DepartureException;
import com.guidecommerce.core.departure.rule.GuideSummary;
import com.guidecommerce.core.departure.rule.HeirAssignment;
import com.guidecommerce.core.departure.rule.HeirRule;
import com.guidecommerce.core.departure.rule.HeirRules;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.distribution.rule.DistributionException;
import com.guidecommerce.core.distribution.rule.DistributorHeirs;
import com.guidecommerce.core.distribution.service.DistributionService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.GuideStatus;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/**
 * All-or-nothing: {@link #execute} runs in one transaction and moves members with
 * {@link BindingService#transferWithinTransaction} and distributors with {@link DistributionService#moveAllOf}, which
 * both join that transaction. {@link BindingService#bind} would commit each member in a transaction of its own, so a
 * failure half-way would leave some members with heirs and the rest with a guide who has not departed. Here the audit
 * record, every transfer and distributor move with its history entry and the guide's status commit together or roll
 * back together. Concurrent departures of one guide queue on the guide's row lock, and the unique guide column of the
 * audit table refuses a second departure even without it. That lock also holds back, until the departure has
 * committed, a member joining as the guide's distributor, HQ giving the guide a distributor and HQ acting on one of
 * the guide's distributors (see {@link DistributionService#moveAllOf}).
 */
public class DepartureServiceImpl implements DepartureService {

    private static final Log LOG = LogFactory.getLog(DepartureServiceImpl.class);

    @Resource(name = "gcDepartureDao")
    protected DepartureDao departureDao;

    @Resource(name = "gcBindingService")
    protected BindingService bindingService;

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @Resource(name = "gcDistributionService")
    protected DistributionService distributionService;

    @Override
    @Transactional("blTransactionManager")
    public DeparturePlan preview(Guide guide, DepartureRequest request) {
        Guide departing = departureDao.readGuide(guide.getId());
        Handover handover = handover(departing, guide.getId(), request);
        DistributorHeirs heirs = new DistributorHeirs(handover.heirsByMember(), handover.primaryHeir.getId());
        List<DistributorLine> distributorLines = new ArrayList<DistributorLine>();
        for (Distributor distributor : distributionService.findCurrentOf(departing.getId())) {
            Long heirId = heirs.heirOf(distributor.getMember().getId());
            distributorLines.add(new DistributorLine(distributor, departing, handover.candidates.get(heirId)));
        }
        return new DeparturePlan(handover.lines, distributorLines);
    }

    @Override
    @Transactional("blTransactionManager")
    public DepartureResult execute(Guide guide, DepartureRequest request, String actor) {
        Guide departing = departureDao.readGuideForUpdate(guide.getId());
        Handover handover = handover(departing, guide.getId(), request);
        List<DepartureLine> lines = handover.lines;
        Date now = SystemTime.asDate();
        Integer capacity = DepartureStrategy.ROUND_ROBIN.equals(request.getStrategy()) ? request.getCapacity() : null;
        GuideDeparture departure = departureDao.save(new GuideDepartureImpl(departing, request.getStrategy(),
                onlyHeir(lines), capacity, lines.size(), actor, now));
        String reason = BindingReasons.departure(departure.getId(), departing.getGuideCode(), request.getStrategy());
        for (DepartureLine line : lines) {
            transfer(line, actor, reason);
        }
        List<DistributorLine> distributorLines = moveDistributors(departing, handover,
                distributorReason(departure.getId(), departing.getGuideCode(), request.getStrategy()), actor);
        departing.setStatus(GuideStatus.DEPARTED);
        departing.setDepartureDate(now);
        LOG.info(reason + " by " + actor + ": " + lines.size() + " members and " + distributorLines.size()
                + " distributors handed over");
        return new DepartureResult(departure, lines, distributorLines);
    }

    @Override
    public GuideDeparture findDepartureOf(Guide guide) {
        return departureDao.readDepartureOf(guide.getId());
    }

    private Handover handover(Guide departing, Long guideId, DepartureRequest request) {
        if (departing == null) {
            throw new DepartureException(DepartureError.GUIDE_NOT_FOUND, guideId);
        }
        if (GuideStatus.DEPARTED.equals(departing.getStatus()) || departureDao.readDepartureOf(departing.getId()) != null) {
            throw new DepartureException(DepartureError.ALREADY_DEPARTED, departing.getGuideCode());
        }
        if (request.getStrategy() == null) {
            throw new DepartureException(DepartureError.STRATEGY_REQUIRED, departing.getGuideCode());
        }
        Map<Long, Guide> candidates = new HashMap<Long, Guide>();
        List<GuideSummary> storeGuides = new ArrayList<GuideSummary>();
        for (Guide guide : organisationService.findGuidesByStore(departing.getStore())) {
            candidates.put(guide.getId(), guide);
            storeGuides.add(summaryOf(guide));
        }
        Guide named = namedHeir(request);
        if (named != null) {
            candidates.put(named.getId(), named);
        }
        List<MemberBinding> bindings = bindingService.findMembersOf(departing, 0, Integer.MAX_VALUE);
        HeirRule rule = HeirRules.forStrategy(request.getStrategy(), departing.getStore().getCode(), storeGuides,
                request.getCapacity(), named == null ? null : summaryOf(named));
        List<HeirAssignment> assignments = rule.assign(summaryOf(departing), membersOf(departing, bindings));
        List<DepartureLine> lines = new ArrayList<DepartureLine>(bindings.size());
        for (int i = 0; i < bindings.size(); i++) {
            lines.add(new DepartureLine(bindings.get(i).getMember(), departing,
                    candidates.get(assignments.get(i).getHeir().getId())));
        }
        return new Handover(lines, candidates.get(rule.primaryHeir(summaryOf(departing)).getId()), candidates);
    }

    private Guide namedHeir(DepartureRequest request) {
        if (!DepartureStrategy.NAMED_GUIDE.equals(request.getStrategy())) {
            return null;
        }
        String code = request.getNamedGuideCode();
        if (code == null || code.trim().isEmpty()) {
            throw new DepartureException(DepartureError.NAMED_GUIDE_REQUIRED);
        }
        Guide named = organisationService.findGuideByCode(code);
        if (named == null) {
            throw new DepartureException(DepartureError.NAMED_GUIDE_UNKNOWN, code.trim());
        }
        return named;
    }

    private List<DepartingMember> membersOf(Guide departing, List<MemberBinding> bindings) {
        Map<Long, Long> guideAccounts = departureDao.readGuideAccountsAmongMembersOf(departing.getId());
        List<DepartingMember> members = new ArrayList<DepartingMember>(bindings.size());
        for (MemberBinding binding : bindings) {
            Long memberId = binding.getMember().getId();
            members.add(new DepartingMember(memberId, binding.getMember().getUsername(), guideAccounts.get(memberId)));
        }
        return members;
    }

    private void transfer(DepartureLine line, String actor, String reason) {
        BindingResult result = bindingService.transferWithinTransaction(line.getMember(), line.getHeir(),
                BindingSource.DEPARTURE_TRANSFER, actor, reason);
        if (result.getOutcome() != BindingOutcome.TRANSFER) {
            // Throwing rolls back the members already moved, the audit record and the status change.
            throw new DepartureException(DepartureError.TRANSFER_REFUSED, line.getMember().getUsername(),
                    line.getHeir().getGuideCode(), result.getReason());
        }
    }

    /** Moves the distributors inside this transaction; a refusal rolls the whole departure back. */
    private List<DistributorLine> moveDistributors(Guide departing, Handover handover, String reason, String actor) {
        List<Distributor> moved;
        try {
            moved = distributionService.moveAllOf(departing.getId(), handover.heirsByMember(),
                    handover.primaryHeir.getId(), actor, reason);
        } catch (DistributionException e) {
            throw new DepartureException(DepartureError.DISTRIBUTORS_NOT_MOVED, departing.getGuideCode(),
                    e.getMessage());
        }
        List<DistributorLine> lines = new ArrayList<DistributorLine>(moved.size());
        for (Distributor distributor : moved) {
            lines.add(new DistributorLine(distributor, departing, distributor.getGuide()));
        }
        return lines;
    }

    /** Why a distributor moved, as their history keeps it: the departure, its guide and its strategy. */
    private static String distributorReason(Long departureId, String guideCode, DepartureStrategy strategy) {
        return Note.of("distribution.departure", departureId, guideCode, Note.label(strategy.getFriendlyType()))
                .format();
    }

    /** The heir of every line when there is exactly one, else {@code null}. */
    private static Guide onlyHeir(List<DepartureLine> lines) {
        Guide heir = null;
        for (DepartureLine line : lines) {
            if (heir != null && !heir.getId().equals(line.getHeir().getId())) {
                return null;
            }
            heir = line.getHeir();
        }
        return heir;
    }

    private static GuideSummary summaryOf(Guide guide) {
        return new GuideSummary(guide.getId(), guide.getGuideCode(),
                guide.getStore() == null ? null : guide.getStore().getId(), guide.isStoreManager(), guide.isActive());
    }

    /** Who inherits what: each member's line, the primary heir, and every guide who may inherit, by id. */
    private static final class Handover {

        private final List<DepartureLine> lines;
        private final Guide primaryHeir;
        private final Map<Long, Guide> candidates;

        Handover(List<DepartureLine> lines, Guide primaryHeir, Map<Long, Guide> candidates) {
            this.lines = lines;
            this.primaryHeir = primaryHeir;
            this.candidates = candidates;
        }

        /** Member (customer) id to heir id. */
        Map<Long, Long> heirsByMember() {
            Map<Long, Long> heirs = new HashMap<Long, Long>();
            for (DepartureLine line : lines) {
                heirs.put(line.getMember().getId(), line.getHeir().getId());
            }
            return heirs;
        }
    }
}
