package com.guidecommerce.admin.birthday;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.core.birthday.domain.BirthdayGift;
import com.guidecommerce.core.birthday.domain.IssuedGift;
import com.guidecommerce.core.birthday.domain.MemberBirthday;
import com.guidecommerce.core.birthday.service.BirthdayFixtures;
import com.guidecommerce.core.birthday.service.BirthdayService;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.OrganisationFixtures;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.dto.SectionCrumb;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** HQ's read-only Birthday gifts and Member birthdays sections, listed through Broadleaf's admin. */
@ExtendWith(BroadleafContextExtension.class)
class BirthdaySectionsAdminTest {

    @Resource
    ApplicationContext context;

    @Resource(name = "blAdminEntityService")
    AdminEntityService adminEntityService;

    @Resource(name = "gcBirthdayService")
    BirthdayService birthdays;

    AdminFixtures fixtures;
    AutoCloseable entityManagerInView;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
    }

    @AfterEach
    void signOut() throws Exception {
        SystemTime.reset();
        fixtures.signOut();
        entityManagerInView.close();
    }

    private static void at(String hqDateTime) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(
                LocalDateTime.parse(hqDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli()));
    }

    @Test
    void shouldListTheMembersGiftWithItsCodeYearAndWhetherItWasUsed() throws Exception {
        BirthdayFixtures.giftOffer(context);
        Customer member = new OrganisationFixtures(context).member();
        at("2026-04-01T10:00:00");
        birthdays.setBirthday(member.getId(), 6, 10, null, member.getUsername());
        at("2026-06-10T09:00:00");
        birthdays.issueGifts(LocalDate.parse("2026-06-10"));
        IssuedGift gift = birthdays.giftOf(member.getId(), 2026);

        DynamicResultSet grid = searched(BirthdayGift.class, member.getUsername());

        assertEquals(Integer.valueOf(1), grid.getTotalRecords());
        Entity row = grid.getRecords()[0];
        assertEquals(gift.getCode(), row.findProperty("code").getValue());
        assertEquals("2026", row.findProperty("giftYear").getValue());
        assertEquals("false", row.findProperty("used").getValue());
        assertEquals(String.valueOf(member.getId()), row.findProperty("member").getValue());
    }

    @Test
    void shouldListTheMembersBirthdayAndItsChanges() throws Exception {
        Customer member = new OrganisationFixtures(context).member();
        at("2026-04-01T10:00:00");
        birthdays.setBirthday(member.getId(), 2, 29, 2000, member.getUsername());
        at("2026-04-02T10:00:00");
        birthdays.setBirthday(member.getId(), 3, 1, 2000, "hq-support");

        Entity row = searched(MemberBirthday.class, member.getUsername()).getRecords()[0];

        assertEquals(Arrays.asList("3", "1", "2000"), Arrays.asList(row.findProperty("month").getValue(),
                row.findProperty("day").getValue(), row.findProperty("year").getValue()));
        PersistencePackageRequest section = PersistencePackageRequest.standard()
                .withCeilingEntityClassname(MemberBirthday.class.getName());
        ClassMetadata metadata = adminEntityService.getClassMetadata(section).getDynamicResultSet().getClassMetaData();
        Entity record = adminEntityService.getRecord(section, String.valueOf(member.getId()), metadata, false)
                .getDynamicResultSet().getRecords()[0];
        DynamicResultSet changes = adminEntityService.getRecordsForCollection(metadata, record,
                metadata.getPMap().get("changes"), null, null, null, Collections.<SectionCrumb>emptyList())
                .getDynamicResultSet();
        assertEquals(Integer.valueOf(2), changes.getTotalRecords());
        assertEquals(Arrays.asList("2000-02-29", "2000-03-01"), Arrays.asList(
                changes.getRecords()[0].findProperty("newBirthday").getValue(),
                changes.getRecords()[1].findProperty("newBirthday").getValue()));
        assertEquals("hq-support", changes.getRecords()[1].findProperty("actor").getValue());
    }

    /** The section's grid as its search box asks for it: the typed text on the first column, memberLogin. */
    private DynamicResultSet searched(Class<?> ceilingEntity, String typed) throws Exception {
        return adminEntityService.getRecords(PersistencePackageRequest.standard()
                .withCeilingEntityClassname(ceilingEntity.getName())
                .withFilterAndSortCriteria(new FilterAndSortCriteria[] {new FilterAndSortCriteria("memberLogin", typed)}))
                .getDynamicResultSet();
    }
}
