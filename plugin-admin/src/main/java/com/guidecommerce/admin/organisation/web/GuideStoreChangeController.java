package com.guidecommerce.admin.organisation.web;

import com.guidecommerce.admin.common.web.AdminPageSupport;
import com.guidecommerce.core.binding.service.BindingService;
import com.guidecommerce.core.organisation.domain.Guide;
import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import com.guidecommerce.core.organisation.service.StoreChangeService;
import com.guidecommerce.core.organisation.service.StoreChangeService.MemberHandling;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.service.GenericEntityService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletResponse;

/**
 * The store-change page of a guide, reached from the guide's admin screen: pick the new store and whether the guide's
 * members stay with them or are released for the old store's guides. Viewing needs read access to guides, moving needs
 * update access. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/gc-guide/{id}/store-change")
public class GuideStoreChangeController {

    private static final Log LOG = LogFactory.getLog(GuideStoreChangeController.class);

    private final StoreChangeService storeChangeService;
    private final OrganisationService organisationService;
    private final BindingService bindingService;
    private final GenericEntityService entityService;
    private final AdminPageSupport pageSupport;

    public GuideStoreChangeController(StoreChangeService storeChangeService, OrganisationService organisationService,
                                      BindingService bindingService, GenericEntityService entityService,
                                      AdminPageSupport pageSupport) {
        this.storeChangeService = storeChangeService;
        this.organisationService = organisationService;
        this.bindingService = bindingService;
        this.entityService = entityService;
        this.pageSupport = pageSupport;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@PathVariable("id") Long id, Model model, HttpServletResponse response) throws IOException {
        Guide guide = guide(id, EntityOperationType.FETCH, response);
        return guide == null ? null : page(guide, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String move(@PathVariable("id") Long id, @RequestParam(value = "storeCode", required = false) String storeCode,
                       @RequestParam(value = "members", required = false) String members, Model model,
                       HttpServletResponse response) throws IOException {
        Guide guide = guide(id, EntityOperationType.UPDATE, response);
        if (guide == null) {
            return null;
        }
        Store store = organisationService.findStoreByCode(storeCode);
        MemberHandling handling = "RELEASE".equals(members) ? MemberHandling.RELEASE
                : "KEEP".equals(members) ? MemberHandling.KEEP : null;
        if (store == null || handling == null) {
            model.addAttribute("errorKey", "gcStoreChange_error_choose");
            return page(guide, model);
        }
        String from = guide.getStore().getCode();
        try {
            int released = storeChangeService.moveToStore(guide, store, handling, pageSupport.currentLogin());
            model.addAttribute("movedFrom", from);
            model.addAttribute("released", released);
            model.addAttribute("handling", handling.name());
        } catch (IllegalStateException e) {
            LOG.info("Store change of guide " + guide.getGuideCode() + " refused: " + e.getMessage());
            model.addAttribute("errorKey", "gcStoreChange_error_refused");
        }
        return page(organisationService.findGuideByCode(guide.getGuideCode()), model);
    }

    private String page(Guide guide, Model model) {
        pageSupport.addSectionAttributes(model, "gc-guide");
        model.addAttribute("viewType", "gc/guideStoreChange");
        model.addAttribute("guide", guide);
        model.addAttribute("memberCount", bindingService.countMembersOf(guide));
        List<Store> stores = new ArrayList<Store>();
        for (Store store : organisationService.findActiveStores()) {
            if (!store.getId().equals(guide.getStore().getId())) {
                stores.add(store);
            }
        }
        model.addAttribute("stores", stores);
        model.addAttribute("canMove", pageSupport.isAllowed(Guide.class, EntityOperationType.UPDATE)
                && guide.getStatus() != null && !"DEPARTED".equals(guide.getStatus().getType()));
        return "modules/defaultContainer";
    }

    /** The guide, or {@code null} after answering 404 or 403. */
    private Guide guide(Long id, EntityOperationType operation, HttpServletResponse response) throws IOException {
        Guide guide = (Guide) entityService.readGenericEntity(Guide.class.getName(), id);
        if (guide == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!pageSupport.isAllowed(Guide.class, operation)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return guide;
    }
}
