package com.guidecommerce.admin.commission.web;

import com.guidecommerce.admin.commission.handler.LedgerListPersistenceHandler;
import com.guidecommerce.admin.common.web.ReadableValues;
import com.guidecommerce.admin.common.web.SectionController;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The Commission ledger section: Broadleaf's own entity screens, whose list also shows the totals of every entry the
 * current filter selects (by currency, counted by {@link LedgerListPersistenceHandler} with the grid's own criteria),
 * refreshed when the grid is filtered or searched. Each total reads as the grid's money cells do ({@code ¥209.79} in
 * Chinese). Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + LedgerController.SECTION_KEY)
public class LedgerController extends SectionController {

    public static final String SECTION_KEY = "gc-commission-entry";

    private final ReadableValues values;

    public LedgerController(ReadableValues values) {
        super(SECTION_KEY);
        this.values = values;
    }

    @Override
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewEntityList(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @PathVariable Map<String, String> pathVars,
                                 @RequestParam MultiValueMap<String, String> requestParams) throws Exception {
        String view = super.viewEntityList(request, response, model, pathVars, requestParams);
        PersistencePackageRequest totals = getSectionPersistencePackageRequest(getClassNameForSection(SECTION_KEY),
                requestParams, getSectionCrumbs(request, null, null), pathVars)
                .addCustomCriteria(LedgerListPersistenceHandler.TOTALS_ONLY);
        model.addAttribute("ledgerTotals", rows(service.getRecords(totals).getDynamicResultSet()));
        model.addAttribute("viewType", "gc/ledgerList");
        return view;
    }

    /** One row a currency: its code, its amount as the grid's money cells show it, and the entry count. */
    public List<Map<String, String>> rows(DynamicResultSet totals) {
        List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
        for (Entity total : totals.getRecords()) {
            String currency = total.findProperty(LedgerListPersistenceHandler.CURRENCY).getValue();
            Map<String, String> row = new LinkedHashMap<String, String>();
            row.put(LedgerListPersistenceHandler.CURRENCY, currency);
            row.put(LedgerListPersistenceHandler.AMOUNT, values.money(
                    new BigDecimal(total.findProperty(LedgerListPersistenceHandler.AMOUNT).getValue()), currency));
            row.put(LedgerListPersistenceHandler.COUNT, total.findProperty(LedgerListPersistenceHandler.COUNT).getValue());
            rows.add(row);
        }
        return rows;
    }
}
