package com.guidecommerce.admin.common;

import org.broadleafcommerce.openadmin.dto.CriteriaTransferObject;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.FieldPathBuilder;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.FilterMapping;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.Restriction;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.predicate.PredicateProvider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.Expression;
import javax.persistence.criteria.From;
import javax.persistence.criteria.Path;
import javax.persistence.criteria.Predicate;

/**
 * What a section's search box finds. Broadleaf 3.1's box fills the filter of the grid's first column (the lowest
 * {@code gridOrder} among prominent fields) with what was typed; this widens that filter to the other fields people
 * type there: a row matches when any of them contains the text, case-insensitively ({@code member.emailAddress}
 * follows a reference; a field ending in {@code .id} matches a typed number exactly).
 */
public final class SearchBox {

    private static final String ID_SUFFIX = ".id";

    private final String firstColumn;
    private final List<String> fields;

    /** @param alsoSearched the fields searched beside the first column */
    public SearchBox(String firstColumn, List<String> alsoSearched) {
        this.firstColumn = firstColumn;
        List<String> all = new ArrayList<String>();
        all.add(firstColumn);
        all.addAll(alsoSearched);
        this.fields = Collections.unmodifiableList(all);
    }

    /** Replaces a filter on the first column by one on every searched field. */
    public void widen(CriteriaTransferObject cto) {
        FilterAndSortCriteria typed = cto.getCriteriaMap().get(firstColumn);
        if (typed == null || typed.getFilterValues().isEmpty() || typed.hasSpecialFilterValue()) {
            return;
        }
        String text = typed.getFilterValues().get(0);
        if (typed.getSortDirection() == null) {
            cto.getCriteriaMap().remove(firstColumn);
        } else {
            typed.clearFilterValues();
        }
        cto.getAdditionalFilterMappings().add(new FilterMapping()
                .withDirectFilterValues(Collections.singletonList(text.trim()))
                .withRestriction(new Restriction().withPredicateProvider(new AnyFieldContains())));
    }

    private final class AnyFieldContains implements PredicateProvider<Object, String> {

        @Override
        public Predicate buildPredicate(CriteriaBuilder builder, FieldPathBuilder fieldPathBuilder, From root,
                                        String ceilingEntity, String fullPropertyName, Path<Object> explicitPath,
                                        List<String> directValues) {
            String text = directValues.get(0);
            String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
            List<Predicate> any = new ArrayList<Predicate>();
            for (String field : fields) {
                Path<?> path = fieldPathBuilder.getPath(root, field, builder);
                if (field.endsWith(ID_SUFFIX)) {
                    if (text.matches("\\d{1,18}")) {
                        any.add(builder.equal(path, Long.valueOf(text)));
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    Expression<String> value = (Expression<String>) path;
                    any.add(builder.like(builder.lower(value), pattern));
                }
            }
            return builder.or(any.toArray(new Predicate[any.size()]));
        }
    }
}
