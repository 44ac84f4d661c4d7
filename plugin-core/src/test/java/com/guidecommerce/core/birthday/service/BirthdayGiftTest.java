package com.guidecommerce.core.birthday.service;

import com.guidecommerce.core.birthday.BirthdayGiftJob;
import com.guidecommerce.core.birthday.domain.BirthdayOnFile;
import com.guidecommerce.core.birthday.domain.DueGift;
import com.guidecommerce.core.birthday.domain.IssuedGift;
import com.guidecommerce.core.birthday.rule.BirthdayError;
import com.guidecommerce.core.birthday.rule.BirthdayException;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.BroadleafFixtures;
import com.guidecommerce.core.test.CommissionFixtures;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Birthdays and their gifts inside real Broadleaf: the job, the offer code, a priced cart, a checkout. */
@ExtendWith(BroadleafContextExtension.class)
class BirthdayGiftTest {

    private static final ZoneId HQ = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBirthdayService")
    BirthdayService birthdays;

    @Resource(name = "gcBirthdayGiftJob")
    BirthdayGiftJob job;

    @Resource(name = "gcJobRunner")
    JobRunner jobRunner;

    @Resource(name = "blOfferService")
    OfferService offerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    BroadleafFixtures fixtures;
    AutoCloseable entityManagerInView;
    Long giftOfferId;

    @BeforeEach
    void setUp() {
        fixtures = new BroadleafFixtures(context);
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.useYuanOnThisThread();
        giftOfferId = BirthdayFixtures.giftOffer(context);
    }

    @AfterEach
    void tearDown() throws Exception {
        entityManagerInView.close();
    }

    /** Stops Broadleaf's clock at a moment of HQ's day. */
    private static void at(String hqDateTime) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(
                LocalDateTime.parse(hqDateTime).atZone(HQ).toInstant().toEpochMilli()));
    }

    private JdbcTemplate jdbc() {
        return context.getBean("gcJdbcTemplate", JdbcTemplate.class);
    }

    private int giftRows(Customer member) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM GC_BIRTHDAY_GIFT WHERE CUSTOMER_ID = ?", Integer.class,
                member.getId());
    }

    /** A member whose birthday, 10 June, has been on file since April. */
    private Customer memberBornOnTheTenthOfJune() {
        Customer member = fixtures.registeredCustomer();
        at("2026-04-01T10:00:00");
        birthdays.setBirthday(member.getId(), 6, 10, 1990, member.getUsername());
        return member;
    }

    private static List<Long> offersOf(Order order) {
        List<Long> offers = new ArrayList<Long>();
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            offers.add(adjustment.getOffer().getId());
        }
        return offers;
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void shouldIssueExactlyOneCodeOfTheGiftOfferWhenTheJobRunsTwiceInTheBirthdayWeek() {
        Customer member = memberBornOnTheTenthOfJune();
        at("2026-06-10T09:00:00");

        JobRunResult<Integer> first = jobRunner.runNow(job, "test");
        JobRunResult<Integer> second = jobRunner.runNow(job, "test");

        assertTrue(first.isRan());
        assertTrue(second.isRan());
        assertEquals(Integer.valueOf(0), second.getResult(), "the second run finds every gift issued");
        assertEquals(1, giftRows(member));
        IssuedGift gift = birthdays.giftOf(member.getId(), 2026);
        assertEquals(LocalDate.parse("2026-06-08"), gift.getValidFrom());
        assertEquals(LocalDate.parse("2026-06-14"), gift.getValidTo());
        assertFalse(gift.isUsed());
        OfferCode code = offerService.lookupOfferCodeByCode(gift.getCode());
        assertEquals(giftOfferId, code.getOffer().getId());
        assertEquals(gift.getOfferCodeId(), code.getId());
        assertEquals(1, code.getMaxUses());
        assertEquals(Date.from(LocalDate.parse("2026-06-08").atStartOfDay(HQ).toInstant()), code.getStartDate());
        assertEquals(Date.from(LocalDate.parse("2026-06-15").atStartOfDay(HQ).toInstant().minusSeconds(1)),
                code.getEndDate());
    }

    @Test
    void shouldListTheNewCodesUnderTheGiftOfferForTheNextReaderOfBroadleafsCachedOffer() throws Exception {
        Customer member = memberBornOnTheTenthOfJune();
        assertEquals(0, codesOfTheGiftOfferReadByAnotherRequest(), "the offer's code list is now cached, empty");
        at("2026-06-10T09:00:00");

        birthdays.issueGifts(LocalDate.parse("2026-06-10"));

        assertNotNull(birthdays.giftOf(member.getId(), 2026));
        assertEquals(1, codesOfTheGiftOfferReadByAnotherRequest());
    }

    /** The gift offer's codes as a request of its own reads them, through Broadleaf's second-level cache. */
    private int codesOfTheGiftOfferReadByAnotherRequest() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(
                context.getBean("blTransactionManager", PlatformTransactionManager.class));
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        try {
            return otherRequest.submit(() -> transaction.execute(status ->
                    offerService.getOfferDao().readOfferById(giftOfferId).getOfferCodes().size()))
                    .get(60, TimeUnit.SECONDS);
        } finally {
            otherRequest.shutdownNow();
        }
    }

    @Test
    void shouldPriceTheMembersCartWithTheGiftAndCountItUsedAfterCheckout() throws Exception {
        Customer member = memberBornOnTheTenthOfJune();
        at("2026-06-10T09:00:00");
        birthdays.issueGifts(LocalDate.parse("2026-06-10"));
        new CommissionFixtures(context).ownMallChannel();
        Product cake = fixtures.product("Birthday Cake " + member.getId(), "199.00");

        Order cart = fixtures.cartWith(member, cake, 1);

        assertEquals(Arrays.asList(giftOfferId), offersOf(cart), "the gift's adjustment on the member's cart");
        assertMoney("179.00", cart.getTotal().getAmount());
        Order submitted = checkoutService.performCheckout(fixtures.payInFull(cart)).getOrder();
        assertEquals(OrderStatus.SUBMITTED, submitted.getStatus());
        assertEquals(Arrays.asList(giftOfferId), offersOf(submitted));
        assertTrue(birthdays.giftOf(member.getId(), 2026).isUsed());
        Order nextCart = fixtures.cartWith(member, cake, 1);
        assertTrue(offersOf(nextCart).isEmpty(), "a used gift code prices no further order");
        assertMoney("199.00", nextCart.getTotal().getAmount());
    }

    @Test
    void shouldRefuseTheGiftCodeOnAnotherCustomersCart() throws Exception {
        Customer member = memberBornOnTheTenthOfJune();
        Customer other = fixtures.registeredCustomer();
        at("2026-06-10T09:00:00");
        birthdays.issueGifts(LocalDate.parse("2026-06-10"));
        Product cake = fixtures.product("Birthday Cake " + other.getId(), "199.00");
        OfferCode code = offerService.lookupOfferCodeByCode(birthdays.giftOf(member.getId(), 2026).getCode());

        Order othersCart = orderService.addOfferCode(fixtures.cartWith(other, cake, 1), code, true);

        assertTrue(offersOf(othersCart).isEmpty());
        assertTrue(othersCart.getAddedOfferCodes().isEmpty(), "the code was taken off the other customer's cart");
        assertMoney("199.00", othersCart.getTotal().getAmount());
        assertEquals(Arrays.asList(giftOfferId), offersOf(fixtures.cartWith(member, cake, 1)),
                "the member can still use it");
    }

    @Test
    void shouldGiveNothingThisYearForABirthdayGivenTenDaysBeforeIt() {
        Customer member = fixtures.registeredCustomer();
        at("2026-05-31T10:00:00");
        birthdays.setBirthday(member.getId(), 6, 10, null, member.getUsername());
        at("2026-06-10T09:00:00");

        birthdays.issueGifts(LocalDate.parse("2026-06-10"));

        assertNull(birthdays.giftOf(member.getId(), 2026));
        for (DueGift due : birthdays.giftsDue(LocalDate.parse("2026-06-10"))) {
            assertFalse(member.getId().equals(due.getCustomerId()), "not due this year: " + due);
        }
        at("2027-06-09T09:00:00");
        birthdays.issueGifts(LocalDate.parse("2027-06-09"));
        assertEquals(LocalDate.parse("2027-06-07"), birthdays.giftOf(member.getId(), 2027).getValidFrom(),
                "paid from the next year");
    }

    @Test
    void shouldNotGiveASecondGiftWhenTheBirthdayIsChangedAfterTheGift() {
        Customer member = fixtures.registeredCustomer();
        at("2026-01-01T10:00:00");
        birthdays.setBirthday(member.getId(), 3, 4, 1990, member.getUsername());
        at("2026-03-04T09:00:00");
        birthdays.issueGifts(LocalDate.parse("2026-03-04"));
        IssuedGift marchGift = birthdays.giftOf(member.getId(), 2026);
        assertNotNull(marchGift);
        at("2026-04-01T10:00:00");
        birthdays.setBirthday(member.getId(), 6, 10, 1990, member.getUsername());
        at("2026-06-10T09:00:00");

        birthdays.issueGifts(LocalDate.parse("2026-06-10"));

        assertEquals(1, giftRows(member));
        assertEquals(marchGift.getCode(), birthdays.giftOf(member.getId(), 2026).getCode());
        assertEquals(Arrays.asList("1990-03-04", "1990-06-10"), jdbc().queryForList("SELECT NEW_BIRTHDAY"
                + " FROM GC_MEMBER_BIRTHDAY_CHANGE WHERE CUSTOMER_ID = ? ORDER BY CHANGED_AT", String.class,
                member.getId()));
        assertEquals(Arrays.asList(null, "1990-03-04"), jdbc().queryForList("SELECT OLD_BIRTHDAY"
                + " FROM GC_MEMBER_BIRTHDAY_CHANGE WHERE CUSTOMER_ID = ? ORDER BY CHANGED_AT", String.class,
                member.getId()));
    }

    @Test
    void shouldKeepTheDayTheBirthdayWasFirstGivenAndNotRestartTheWaitWhenTheSameBirthdayIsGivenAgain() {
        Customer member = fixtures.registeredCustomer();
        Date firstGiven = clock.at(0);
        birthdays.setBirthday(member.getId(), 2, 29, null, member.getUsername());
        clock.at(86_400_000L);

        BirthdayOnFile again = birthdays.setBirthday(member.getId(), 2, 29, null, member.getUsername());

        assertEquals(firstGiven, again.getFirstSetAt());
        assertEquals(firstGiven, again.getChangedAt());
        assertEquals(1, jdbc().queryForObject("SELECT COUNT(*) FROM GC_MEMBER_BIRTHDAY_CHANGE WHERE CUSTOMER_ID = ?",
                Integer.class, member.getId()).intValue());
    }

    @Test
    void shouldRefuseADateThatDoesNotExistAndRecordNothing() {
        Customer member = fixtures.registeredCustomer();

        BirthdayException refused = assertThrows(BirthdayException.class,
                () -> birthdays.setBirthday(member.getId(), 2, 30, null, member.getUsername()));

        assertEquals(BirthdayError.NO_SUCH_DAY, refused.getError());
        assertNull(birthdays.birthdayOf(member.getId()));
    }

    @Test
    void shouldRefuseABirthdayForAnUnknownMember() {
        BirthdayException refused = assertThrows(BirthdayException.class,
                () -> birthdays.setBirthday(-42L, 5, 1, null, "test"));

        assertEquals(BirthdayError.NO_MEMBER, refused.getError());
    }
}
