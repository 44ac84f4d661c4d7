package com.guidecommerce.admin.memberday.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.memberday.domain.MemberDayCampaign;
import com.guidecommerce.core.memberday.service.CalendarDay;
import com.guidecommerce.core.memberday.service.CalendarView;
import com.guidecommerce.core.memberday.service.MarketingCalendar;
import com.guidecommerce.core.memberday.service.MemberDayPreview;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;

/**
 * The marketing calendar page (营销日历) under Membership: a week (Monday to Sunday) or a month of member-day
 * campaigns and other Broadleaf offers for the own mall or one store, in that store's zone, the conflicts found, and
 * the per-tier preview of a sample cart priced through Broadleaf (nothing kept). Viewing and previewing need read
 * access to member-day campaigns. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + MemberDayCalendarController.SECTION_KEY)
public class MemberDayCalendarController {

    static final String SECTION_KEY = "gc-member-day-calendar";
    static final String MONTH = "month";
    static final String WEEK = "week";

    private static final Log LOG = LogFactory.getLog(MemberDayCalendarController.class);

    private final MarketingCalendar calendar;
    private final MemberDayPreview preview;
    private final OrganisationService organisationService;
    private final AdminPageSupport pageSupport;
    private final MessageSource messageSource;

    public MemberDayCalendarController(MarketingCalendar calendar, MemberDayPreview preview,
                                       OrganisationService organisationService, AdminPageSupport pageSupport,
                                       MessageSource messageSource) {
        this.calendar = calendar;
        this.preview = preview;
        this.organisationService = organisationService;
        this.pageSupport = pageSupport;
        this.messageSource = messageSource;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "view", required = false) String view,
                       @RequestParam(value = "date", required = false) String date,
                       @RequestParam(value = "store", required = false) String store, Model model, Locale locale,
                       HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(MemberDayCampaign.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return page(view, date, store, model);
    }

    /** Prices the sample cart for every tier on the day; read-only, hence a GET form. */
    @RequestMapping(value = "/preview", method = RequestMethod.GET)
    public String preview(@RequestParam(value = "view", required = false) String view,
                          @RequestParam(value = "date", required = false) String date,
                          @RequestParam(value = "store", required = false) String store,
                          @RequestParam(value = "day", required = false) String day,
                          @RequestParam(value = "products", required = false) String products,
                          @RequestParam(value = "quantity", required = false) String quantity, Model model,
                          Locale locale, HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(MemberDayCampaign.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        String storeCode = storeOf(store);
        model.addAttribute("previewProducts", products == null ? "" : products.trim());
        model.addAttribute("previewQuantity", quantity == null ? "1" : quantity.trim());
        try {
            LocalDate previewDay = day == null || day.trim().isEmpty() ? calendar.today(storeCode)
                    : LocalDate.parse(day.trim());
            model.addAttribute("previewDay", previewDay);
            int count = quantity == null || quantity.trim().isEmpty() ? 1 : Integer.parseInt(quantity.trim());
            model.addAttribute("preview", preview.preview(storeCode, previewDay, productIds(products), count));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // NumberFormatException is an IllegalArgumentException too.
            LOG.info("Member-day preview refused: " + e.getMessage());
            model.addAttribute("previewError", messageSource.getMessage("gcCalendar_previewInvalid", null, locale));
        }
        return page(view, date, store, model);
    }

    private String page(String view, String date, String store, Model model) {
        String storeCode = storeOf(store);
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        if (storeCode != null) {
            pageSupport.addTimesOfStore(model, storeCode);
        }
        LocalDate anchor = anchorOf(date, storeCode);
        boolean month = MONTH.equals(view);
        CalendarView calendarView = month ? calendar.month(storeCode, YearMonth.from(anchor))
                : calendar.week(storeCode, anchor);
        model.addAttribute("viewType", "gc/memberDayCalendar");
        model.addAttribute("mode", month ? MONTH : WEEK);
        model.addAttribute("anchor", anchor);
        model.addAttribute("previous", month ? anchor.minusMonths(1).withDayOfMonth(1) : anchor.minusWeeks(1));
        model.addAttribute("next", month ? anchor.plusMonths(1).withDayOfMonth(1) : anchor.plusWeeks(1));
        model.addAttribute("calendar", calendarView);
        model.addAttribute("weeks", weeksOf(calendarView));
        model.addAttribute("storeCode", storeCode == null ? "" : storeCode);
        model.addAttribute("stores", organisationService.findActiveStores());
        if (!model.containsAttribute("previewDay")) {
            model.addAttribute("previewDay", calendar.today(storeCode));
        }
        if (!model.containsAttribute("previewQuantity")) {
            model.addAttribute("previewQuantity", "1");
            model.addAttribute("previewProducts", "");
        }
        return "modules/defaultContainer";
    }

    /** The days in rows of seven, Monday first; a month's first and last rows padded with {@code null}. */
    static List<List<CalendarDay>> weeksOf(CalendarView view) {
        List<List<CalendarDay>> weeks = new ArrayList<List<CalendarDay>>();
        List<CalendarDay> row = new ArrayList<CalendarDay>();
        for (int i = 1; i < view.getDays().get(0).getWeekday(); i++) {
            row.add(null);
        }
        for (CalendarDay day : view.getDays()) {
            row.add(day);
            if (row.size() == 7) {
                weeks.add(row);
                row = new ArrayList<CalendarDay>();
            }
        }
        if (!row.isEmpty()) {
            while (row.size() < 7) {
                row.add(null);
            }
            weeks.add(row);
        }
        return weeks;
    }

    private LocalDate anchorOf(String date, String storeCode) {
        if (date != null && !date.trim().isEmpty()) {
            try {
                return LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                LOG.info("Calendar date not understood, showing today: " + date);
            }
        }
        return calendar.today(storeCode);
    }

    private static String storeOf(String store) {
        return store == null || store.trim().isEmpty() ? null : store.trim();
    }

    /** Product ids separated by commas or spaces; none for the catalog's first products. */
    static List<Long> productIds(String text) {
        List<Long> ids = new ArrayList<Long>();
        if (text != null) {
            for (String part : text.split("[,;\\uFF0C\\s]+")) {
                if (!part.isEmpty()) {
                    ids.add(Long.valueOf(part));
                }
            }
        }
        return ids;
    }
}
