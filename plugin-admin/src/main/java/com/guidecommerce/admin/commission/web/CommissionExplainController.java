package com.guidecommerce.admin.commission.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import com.guidecommerce.core.commission.service.CommissionExplainService;
import com.guidecommerce.core.commission.service.Explanation;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * The Explain page of a ledger entry, reached from the entry's screen: why the entry exists, as
 * {@link CommissionExplainService} gathers it. Needs read access to the ledger. Declared in
 * {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-commission-entry/{id}/explain")
public class CommissionExplainController {

    static final String SECTION_KEY = "gc-commission-entry";

    private final CommissionExplainService explainService;
    private final AdminPageSupport pageSupport;

    public CommissionExplainController(CommissionExplainService explainService, AdminPageSupport pageSupport) {
        this.explainService = explainService;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        if (!pageSupport.isAllowed(CommissionEntry.class, EntityOperationType.FETCH)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Explanation explanation = explainService.explain(id);
        if (explanation == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        pageSupport.addSectionAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "gc/commissionExplain");
        model.addAttribute("explanation", explanation);
        pageSupport.addTimesOfBeneficiary(model, explanation.getEntry().getBeneficiaryType(),
                explanation.getEntry().getBeneficiaryId());
        return "modules/defaultContainer";
    }
}
