package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.binding.service.BindingHistories;
import com.guidecommerce.core.channel.order.LineView;
import com.guidecommerce.core.channel.order.OrderView;
import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.distribution.service.DistributorProfile;
import com.guidecommerce.core.organisation.service.GuideProfile;
import com.guidecommerce.core.share.ShareCodes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Whom an identified order credits, from the binding history, the guides and the share code alone. */
class AttributionTest {

    private static final Long MEMBER = 7L;
    private static final Date PAID = at("2026-11-20T10:00:00Z");
    private static final String SECRET = "attribution-test-secret-0123456789";

    private final ShareCodes shareCodes = new ShareCodes(SECRET);
    private final Attribution attribution = new Attribution(shareCodes, 7);
    private final GuideProfile li = new GuideProfile(1L, "G0001", "Li", "STANDARD", "ACTIVE", 30L, "F030", "Partner");
    private final GuideProfile wang = new GuideProfile(2L, "G0002", "Wang", "SUPER", "ACTIVE", null, null, null);
    private final GuideProfile departed = new GuideProfile(3L, "G0003", "Zhao", "STANDARD", "DEPARTED", null, null,
            null);
    private final GuideProfile withAccount = new GuideProfile(4L, "G0004", "Sun", "STANDARD", "ACTIVE", null, null,
            null, MEMBER);
    private final DistributorProfile xiaomei = new DistributorProfile(21L, "D001000", "Xiaomei", 99L, 1L, null,
            "ACTIVE");
    private final DistributorProfile suspended = new DistributorProfile(22L, "D001001", "Ada", 98L, 1L, null,
            "SUSPENDED");
    private final DistributorProfile orphan = new DistributorProfile(23L, "D001002", "Bo", 97L, 3L, null, "ACTIVE");

    @Test
    void shouldCreditTheGuideTheMemberWasBoundToWhenTheOrderWasPaidAndThatGuidesFranchisee() {
        BindingHistories histories = histories(change("2026-11-01T00:00:00Z", 1L, 11L, false),
                change("2026-11-25T00:00:00Z", 2L, 12L, false));

        AttributionRow row = attribution.attribute(order(null, null), histories, guides(), PAID);

        assertEquals(Long.valueOf(1L), row.boundGuideId);
        assertEquals(Long.valueOf(11L), row.bindingRecordId);
        assertEquals(Long.valueOf(30L), row.franchiseeId);
        assertNull(row.note);
    }

    @Test
    void shouldCreditNoGuideWhenTheMemberWasReleasedBeforeTheOrderWasPaid() {
        BindingHistories histories = histories(change("2026-11-01T00:00:00Z", 1L, 11L, false),
                change("2026-11-10T00:00:00Z", null, 12L, true));

        AttributionRow row = attribution.attribute(order(null, null), histories, guides(), PAID);

        assertNull(row.boundGuideId);
        assertNull(row.franchiseeId);
        assertEquals(Attribution.NO_GUIDE.format(), row.note);
    }

    @Test
    void shouldCreditThePackageCardsGuideOnlyWhenTheMemberHadNoGuideWhenTheOrderWasPaid() {
        Date claimed = at("2026-11-26T09:00:00Z");
        BindingHistories cardOnly = histories(change("2026-11-26T08:59:00Z", 1L, 31L, false));
        BindingHistories guideAtPayment = histories(change("2026-11-01T00:00:00Z", 2L, 32L, false),
                change("2026-11-26T08:59:00Z", 1L, 33L, false));

        AttributionRow card = attribution.attribute(order(null, null), cardOnly, guides(), claimed, claimed);
        AttributionRow byHq = attribution.attribute(order(null, null), cardOnly, guides(), claimed, null);
        AttributionRow kept = attribution.attribute(order(null, null), guideAtPayment, guides(), claimed, claimed);

        assertEquals(Long.valueOf(1L), card.boundGuideId);
        assertEquals(Long.valueOf(31L), card.bindingRecordId);
        assertEquals(Attribution.CREDITED_BY_PACKAGE_CARD.format(), card.note);
        assertNull(byHq.boundGuideId);
        assertEquals(Long.valueOf(2L), kept.boundGuideId);
        assertNull(kept.note);
    }

    @Test
    void shouldCreditAValidSharerWithinTheWindowAndNoFranchiseeForAnHqDirectGuide() {
        BindingHistories histories = histories(change("2026-11-01T00:00:00Z", 2L, 21L, false));

        AttributionRow row = attribution.attribute(order(shareCodes.sign("G0001"), at("2026-11-14T10:00:00Z")),
                histories, guides(), PAID);

        assertEquals(Long.valueOf(2L), row.boundGuideId);
        assertNull(row.franchiseeId);
        assertEquals(Long.valueOf(1L), row.sharerGuideId);
        assertNull(row.note);
    }

    @Test
    void shouldSayWhySharesAreNotCredited() {
        BindingHistories none = histories();
        String outside = attribution.attribute(order(shareCodes.sign("G0001"), at("2026-11-13T09:59:59Z")), none,
                guides(), PAID).note;
        String future = attribution.attribute(order(shareCodes.sign("G0001"), at("2026-11-20T10:00:01Z")), none,
                guides(), PAID).note;
        String forged = attribution.attribute(order("G0001-0000000000000000", null), none, guides(), PAID).note;
        String gone = attribution.attribute(order(shareCodes.sign("G0003"), null), none, guides(), PAID).note;

        assertEquals(Arrays.asList(Attribution.NO_GUIDE, Note.of("attribution.shareOutsideWindow", "G0001", 7)),
                Note.parse(outside));
        assertEquals(outside, future);
        assertEquals(Arrays.asList(Attribution.NO_GUIDE,
                Note.of("attribution.invalidShareCode", "G0001-0000000000000000")), Note.parse(forged));
        assertEquals(Arrays.asList(Attribution.NO_GUIDE, Note.of("attribution.sharerInactive", "G0003")),
                Note.parse(gone));
    }

    private Parties guides() {
        Parties parties = new Parties();
        for (GuideProfile guide : Arrays.asList(li, wang, departed, withAccount)) {
            parties.add(guide);
        }
        for (DistributorProfile distributor : Arrays.asList(xiaomei, suspended, orphan)) {
            parties.add(distributor);
        }
        return parties;
    }

    @Test
    void shouldCreditADistributorAsSharerAndTheirRecruitingGuideAsTheParent() {
        BindingHistories histories = histories(change("2026-11-01T00:00:00Z", 2L, 21L, false));

        AttributionRow row = attribution.attribute(order(shareCodes.sign("D001000"), at("2026-11-19T10:00:00Z")),
                histories, guides(), PAID);

        assertEquals(Long.valueOf(21L), row.sharerDistributorId);
        assertNull(row.sharerGuideId);
        assertEquals(Long.valueOf(1L), row.parentGuideId);
        assertEquals(Long.valueOf(2L), row.boundGuideId);
        assertNull(row.note);
    }

    @Test
    void shouldCreditNobodyForAPurchaseThroughTheBuyersOwnLink() {
        BindingHistories none = histories();
        OrderView ownDistributorLink = new OrderView(51L, "MALL", "M-1", "CNY", 99L, null,
                shareCodes.sign("D001000"), PAID, PAID, null, null, order(null, null).getLines());

        AttributionRow distributorRow = attribution.attribute(ownDistributorLink, none, guides(), PAID);
        AttributionRow guideRow = attribution.attribute(order(shareCodes.sign("G0004"), PAID), none, guides(), PAID);

        assertNull(distributorRow.sharerDistributorId);
        assertNull(distributorRow.parentGuideId);
        assertEquals(Arrays.asList(Attribution.NO_GUIDE, Note.of("attribution.selfShare", "D001000")),
                Note.parse(distributorRow.note));
        assertNull(guideRow.sharerGuideId);
        assertEquals(Arrays.asList(Attribution.NO_GUIDE, Note.of("attribution.selfShare", "G0004")),
                Note.parse(guideRow.note));
    }

    @Test
    void shouldCreditNoSuspendedDistributorAndNoDepartedParent() {
        BindingHistories none = histories();

        AttributionRow suspendedRow = attribution.attribute(order(shareCodes.sign("D001001"), PAID), none, guides(),
                PAID);
        AttributionRow orphanRow = attribution.attribute(order(shareCodes.sign("D001002"), PAID), none, guides(),
                PAID);

        assertNull(suspendedRow.sharerDistributorId);
        assertEquals(Arrays.asList(Attribution.NO_GUIDE, Note.of("attribution.sharerInactive", "D001001")),
                Note.parse(suspendedRow.note));
        assertEquals(Long.valueOf(23L), orphanRow.sharerDistributorId);
        assertNull(orphanRow.parentGuideId);
        assertEquals(Arrays.asList(Attribution.NO_GUIDE, Note.of("attribution.parentInactive", "D001002", "G0003")),
                Note.parse(orphanRow.note));
    }

    private static OrderView order(String shareCode, Date sharedAt) {
        List<LineView> lines = Collections.singletonList(new LineView(100L, "1", "SKU", "Tee", null, null, 1,
                new BigDecimal("100.00"), BigDecimal.ZERO));
        return new OrderView(50L, "TMALL", "TM-1", "CNY", MEMBER, null, shareCode, sharedAt, PAID, null, null, lines);
    }

    private static BindingHistories.Change change(String at, Long guideId, Long recordId, boolean released) {
        return new BindingHistories.Change(at(at), guideId, recordId, released);
    }

    private static BindingHistories histories(BindingHistories.Change... changes) {
        Map<Long, List<BindingHistories.Change>> byMember = new HashMap<Long, List<BindingHistories.Change>>();
        byMember.put(MEMBER, Arrays.asList(changes));
        return new BindingHistories(byMember);
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
