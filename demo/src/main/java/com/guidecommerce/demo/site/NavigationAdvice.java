package com.guidecommerce.demo.site;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;
import javax.annotation.Resource;

/** Puts the category navigation into the model of every storefront page, the plugin's pages included. */
@ControllerAdvice
public class NavigationAdvice {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @ModelAttribute("navCategories")
    public List<Category> navCategories() {
        return HomeController.navigation(catalogService);
    }
}
