package com.guidecommerce.site.member;

import com.guidecommerce.core.birthday.domain.BirthdayOnFile;
import com.guidecommerce.core.birthday.service.BirthdayService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.site.test.SiteFixtures;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The member's birthday on the account page (POST /account/birthday, #gcBirthday) and on the registration page. */
@ExtendWith(BroadleafContextExtension.class)
class BirthdayPagesTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "gcBirthdayService")
    BirthdayService birthdayService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "gcBirthdayVariableExpression")
    BirthdayVariableExpression expression;

    @Resource(name = "blVariableExpressions")
    List<Object> variableExpressions;

    private SiteFixtures fixtures;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures = new SiteFixtures(context);
        fixtures.defineCustomerRole();
        mvc = MockMvcBuilders.standaloneSetup(fixtures.wired(new BirthdayController())).build();
    }

    @AfterEach
    void tearDown() {
        BroadleafRequestContext.setBroadleafRequestContext(null);
        fixtures.endRequest();
    }

    @Test
    void shouldSaveTheMembersBirthdayAndSayItIsSaved() throws Exception {
        Customer member = fixtures.member();

        MvcResult result = mvc.perform(post(BirthdayController.PATH).requestAttr("customer", member)
                .param(BirthdayEntry.MONTH, "6").param(BirthdayEntry.DAY, "10").param(BirthdayEntry.YEAR, "1990"))
                .andReturn();

        assertEquals("redirect:/account", result.getModelAndView().getViewName());
        assertEquals(BirthdayController.SAVED, result.getFlashMap().get(BirthdayController.NOTICE));
        BirthdayOnFile onFile = birthdayService.birthdayOf(member.getId());
        assertEquals("1990-06-10", onFile.getBirthday().toString());
        assertEquals(member.getUsername(), context.getBean("gcJdbcTemplate", JdbcTemplate.class).queryForObject(
                "SELECT ACTOR FROM GC_MEMBER_BIRTHDAY_CHANGE WHERE CUSTOMER_ID = ?", String.class, member.getId()));
    }

    @Test
    void shouldSendBackWhatWasTypedWithTheReasonInTheMembersLanguage() throws Exception {
        Customer member = fixtures.member();

        MvcResult english = mvc.perform(post(BirthdayController.PATH).requestAttr("customer", member)
                .locale(Locale.ENGLISH).param(BirthdayEntry.MONTH, "4").param(BirthdayEntry.DAY, "31")).andReturn();
        MvcResult chinese = mvc.perform(post(BirthdayController.PATH).requestAttr("customer", member)
                .locale(Locale.SIMPLIFIED_CHINESE).param(BirthdayEntry.MONTH, "2").param(BirthdayEntry.DAY, "29")
                .param(BirthdayEntry.YEAR, "1999")).andReturn();

        assertEquals("Month 4 has no day 31.", english.getFlashMap().get(BirthdayController.ERROR));
        assertEquals("31", ((BirthdayEntry) english.getFlashMap().get(BirthdayController.ENTERED)).getDay());
        assertEquals("1999 \u5e74\u4e0d\u662f\u95f0\u5e74\uff0c\u6ca1\u6709 2 \u6708 29 \u65e5\u3002",
                chinese.getFlashMap().get(BirthdayController.ERROR));
        assertNull(birthdayService.birthdayOf(member.getId()), "nothing recorded");
    }

    @Test
    void shouldAskForBothMonthAndDay() throws Exception {
        MvcResult result = mvc.perform(post(BirthdayController.PATH).requestAttr("customer", fixtures.member())
                .locale(Locale.ENGLISH).param(BirthdayEntry.MONTH, "6").param(BirthdayEntry.DAY, "")).andReturn();

        assertEquals("Choose both the month and the day of your birthday.",
                result.getFlashMap().get(BirthdayController.ERROR));
    }

    @Test
    void shouldSendAVisitorToLogInFirst() throws Exception {
        MvcResult result = mvc.perform(post(BirthdayController.PATH).requestAttr("customer", fixtures.anonymousVisitor())
                .param(BirthdayEntry.MONTH, "6").param(BirthdayEntry.DAY, "10")).andReturn();

        assertEquals("redirect:/login?successUrl=/account", result.getModelAndView().getViewName());
    }

    @Test
    void shouldRecordTheBirthdayGivenOnTheRegistrationPage() {
        Customer visitor = fixtures.anonymousVisitor();
        MockHttpServletRequest request = fixtures.request("POST", "/register", visitor);
        request.setParameter(BirthdayEntry.MONTH, "12");
        request.setParameter(BirthdayEntry.DAY, "30");

        Customer member = register(visitor);

        assertEquals("12-30", birthdayService.birthdayOf(member.getId()).getBirthday().toString());
    }

    @Test
    void shouldRegisterWithoutABirthdayWhenNoneIsGiven() {
        Customer visitor = fixtures.anonymousVisitor();
        fixtures.request("POST", "/register", visitor);

        Customer member = register(visitor);

        assertNull(birthdayService.birthdayOf(member.getId()));
    }

    @Test
    void shouldGiveTemplatesTheMembersBirthday() {
        Customer member = fixtures.member();
        birthdayService.setBirthday(member.getId(), 2, 29, null, member.getUsername());
        BroadleafRequestContext requestContext = new BroadleafRequestContext();
        requestContext.setRequest(fixtures.request("GET", "/account", member));
        BroadleafRequestContext.setBroadleafRequestContext(requestContext);

        assertTrue(variableExpressions.contains(expression));
        assertEquals("gcBirthday", expression.getName());
        assertEquals("02-29", expression.onFile().getBirthday().toString());
        assertNull(expression.gift());
        assertEquals(31, expression.days().size());
    }

    private Customer register(Customer visitor) {
        String username = "member-" + SiteFixtures.uniqueCode().toLowerCase() + "@example.com";
        visitor.setUsername(username);
        visitor.setEmailAddress(username);
        visitor.setFirstName("Xiao");
        visitor.setLastName("Wang");
        return customerService.registerCustomer(visitor, "secret123", "secret123");
    }
}
