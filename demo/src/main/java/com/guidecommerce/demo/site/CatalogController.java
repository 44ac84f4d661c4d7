package com.guidecommerce.demo.site;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

@Controller
public class CatalogController {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "/category/{categoryId}", method = RequestMethod.GET)
    public String category(@PathVariable("categoryId") Long categoryId, Model model, HttpServletResponse response) {
        Category category = catalogService.findCategoryById(categoryId);
        if (category == null || !category.isActive()) {
            return notFound(model, response);
        }
        model.addAttribute("category", category);
        model.addAttribute("products", catalogService.findActiveProductsByCategory(category));
        return "catalog/category";
    }

    @RequestMapping(value = "/product/{productId}", method = RequestMethod.GET)
    public String product(@PathVariable("productId") Long productId, Model model, HttpServletResponse response) {
        Product product = catalogService.findProductById(productId);
        if (product == null || !product.isActive()) {
            return notFound(model, response);
        }
        model.addAttribute("product", product);
        return "catalog/product";
    }

    private String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "notFound";
    }
}
