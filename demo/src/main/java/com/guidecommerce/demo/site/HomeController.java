package com.guidecommerce.demo.site;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Resource;

@Controller
public class HomeController {

    /** Name of the root category whose children are the storefront's navigation. */
    static final String ROOT_CATEGORY = "Primary Nav";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        List<Product> featured = new ArrayList<Product>();
        for (Product product : catalogService.findAllProducts(12, 0)) {
            if (product.isActive()) {
                featured.add(product);
            }
        }
        model.addAttribute("products", featured);
        return "home";
    }

    static List<Category> navigation(CatalogService catalogService) {
        List<Category> roots = catalogService.findCategoriesByName(ROOT_CATEGORY);
        if (roots.isEmpty()) {
            return new ArrayList<Category>();
        }
        return catalogService.findActiveSubCategoriesByCategory(roots.get(0));
    }
}
