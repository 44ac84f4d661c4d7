package com.guidecommerce.demo.data;

import org.broadleafcommerce.common.i18n.service.TranslationService;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.Resource;

/**
 * The demo brand's catalog from {@code demo-data/categories.psv} and {@code demo-data/catalog.psv}: Chinese names as
 * the base values, English ones as Broadleaf translations, and an illustration per product.
 */
public class DemoCatalogData {

    static final String ENGLISH = "en_US";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blTranslationService")
    protected TranslationService translationService;

    public void load() {
        Date activeSince = new Date(SystemTime.asMillis() - 86_400_000L);
        Category root = catalogService.createCategory();
        root.setName("Primary Nav");
        root.setUrl("/");
        root.setActiveStartDate(activeSince);
        root = catalogService.saveCategory(root);

        Map<String, Category> categories = new HashMap<String, Category>();
        int order = 1;
        for (Map<String, String> row : PipeTable.read("demo-data/categories.psv")) {
            Category category = catalogService.createCategory();
            category.setName(row.get("name_zh"));
            category.setDescription(row.get("description_zh"));
            category.setUrl("/" + row.get("key"));
            category.setActiveStartDate(activeSince);
            category = catalogService.saveCategory(category);
            CategoryXref xref = new CategoryXrefImpl();
            xref.setCategory(root);
            xref.setSubCategory(category);
            xref.setDisplayOrder(new BigDecimal(order++));
            root.getAllChildCategoryXrefs().add(xref);
            translate(Category.class.getName(), category.getId(), "name", row.get("name_en"));
            translate(Category.class.getName(), category.getId(), "description", row.get("description_en"));
            categories.put(row.get("key"), category);
        }
        root = catalogService.saveCategory(root);

        int position = 1;
        for (Map<String, String> row : PipeTable.read("demo-data/catalog.psv")) {
            Category category = categories.get(row.get("category"));
            Product product = product(row, category, activeSince);
            CategoryProductXref xref = new CategoryProductXrefImpl();
            xref.setCategory(category);
            xref.setProduct(product);
            xref.setDisplayOrder(new BigDecimal(position++));
            category.getAllProductXrefs().add(xref);
            categories.put(row.get("category"), catalogService.saveCategory(category));
        }
    }

    private Product product(Map<String, String> row, Category category, Date activeSince) {
        Sku sku = catalogService.createSku();
        sku.setName(row.get("name_zh"));
        sku.setDescription(row.get("description_zh"));
        sku.setLongDescription(row.get("description_zh"));
        sku.setRetailPrice(new Money(new BigDecimal(row.get("price"))));
        if (!row.get("sale_price").isEmpty()) {
            sku.setSalePrice(new Money(new BigDecimal(row.get("sale_price"))));
        }
        sku.setActiveStartDate(activeSince);
        sku.setDiscountable(true);
        sku.setAvailable(true);
        Media image = new MediaImpl();
        image.setUrl("/img/products/" + row.get("key") + ".svg");
        image.setTitle(row.get("name_zh"));
        image.setAltText(row.get("name_en"));
        sku.getSkuMedia().put("primary", image);

        Product product = catalogService.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        sku.setDefaultProduct(product);
        product.setDefaultCategory(category);
        product.setUrl("/" + row.get("category") + "/" + row.get("key"));
        product.setActiveStartDate(activeSince);
        product = catalogService.saveProduct(product);

        Long skuId = product.getDefaultSku().getId();
        translate(Sku.class.getName(), skuId, "name", row.get("name_en"));
        translate(Sku.class.getName(), skuId, "description", row.get("description_en"));
        translate(Sku.class.getName(), skuId, "longDescription", row.get("description_en"));
        return product;
    }

    private void translate(String entityType, Long id, String field, String english) {
        translationService.save(entityType, String.valueOf(id), field, ENGLISH, english);
    }
}
