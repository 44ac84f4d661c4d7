package com.guidecommerce.admin.board.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.core.board.service.BoardService;
import com.guidecommerce.core.board.service.RankSnapshotService;
import com.guidecommerce.core.common.time.StoreTimeZones;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the board pages share: who may read boards ("View performance boards", READ on {@link BoardService}) and
 * rebuild ranks ("Rebuild ranks", UPDATE on {@link RankSnapshotService}), their words in the reader's language, and
 * HQ's zone, in which their days are counted. Bean {@code gcBoardPageSupport}.
 */
public class BoardPageSupport {

    private final AdminPageSupport pageSupport;
    private final MessageSource messages;
    private final ReadableValues values;
    private final StoreTimeZones timeZones;

    public BoardPageSupport(AdminPageSupport pageSupport, MessageSource messages, ReadableValues values,
                            StoreTimeZones timeZones) {
        this.pageSupport = pageSupport;
        this.messages = messages;
        this.values = values;
        this.timeZones = timeZones;
    }

    boolean canView() {
        return pageSupport.isAllowed(BoardService.class, EntityOperationType.FETCH);
    }

    boolean canRebuild() {
        return pageSupport.isAllowed(RankSnapshotService.class, EntityOperationType.UPDATE);
    }

    /** Shows the page under its menu section, with the values and times every plugin page has. */
    void addSectionAttributes(Model model, String sectionKey) {
        pageSupport.addSectionAttributes(model, sectionKey);
    }

    String currentLogin() {
        return pageSupport.currentLogin();
    }

    BoardLabels labels(Locale locale) {
        return new BoardLabels(messages, locale, values);
    }

    /** HQ's zone ({@code gc.default.timezone}): boards' days are its calendar days. */
    ZoneId zone() {
        return timeZones.getDefaultZone();
    }

    LocalDate today() {
        return Instant.ofEpochMilli(SystemTime.asMillis()).atZone(zone()).toLocalDate();
    }
}
