package com.guidecommerce.site.store;

import com.guidecommerce.core.organisation.domain.Store;
import com.guidecommerce.core.organisation.service.OrganisationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import javax.annotation.Resource;

/** The store directory: every open store of the brand, grouped by region, with address and phone. */
@Controller
public class StoreDirectoryController {

    @Resource(name = "gcOrganisationService")
    protected OrganisationService organisationService;

    @RequestMapping(value = "/stores", method = RequestMethod.GET)
    public String stores(Model model) {
        Map<String, List<Store>> byRegion = new LinkedHashMap<String, List<Store>>();
        for (Store store : organisationService.findActiveStores()) {
            String region = store.getRegion().getName();
            if (!byRegion.containsKey(region)) {
                byRegion.put(region, new ArrayList<Store>());
            }
            byRegion.get(region).add(store);
        }
        model.addAttribute("storesByRegion", byRegion);
        return "gc/stores";
    }
}
