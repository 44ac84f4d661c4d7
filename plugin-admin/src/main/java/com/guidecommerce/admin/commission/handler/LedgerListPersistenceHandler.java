package com.guidecommerce.admin.commission.handler;

import com.guidecommerce.admin.common.NewestFirstPersistenceHandler;
import com.guidecommerce.core.commission.domain.CommissionEntry;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.CriteriaTransferObject;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.persistence.module.BasicPersistenceModule;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.broadleafcommerce.openadmin.server.service.persistence.module.criteria.FilterMapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Path;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

/**
 * Lists the commission ledger newest first and, for requests marked with the custom criteria {@link #TOTALS_ONLY},
 * answers the totals of every entry the same filter selects (not of one page): one row per currency with its
 * {@value #CURRENCY}, {@value #AMOUNT} and {@value #COUNT}. The filter is Broadleaf's own, built from the same
 * criteria as the grid's fetch. Bean {@code gcCommissionEntryListPersistenceHandler}.
 */
public class LedgerListPersistenceHandler extends NewestFirstPersistenceHandler {

    public static final String TOTALS_ONLY = "gcLedgerTotalsOnly";
    public static final String CURRENCY = "currency";
    public static final String AMOUNT = "amount";
    public static final String COUNT = "count";

    public LedgerListPersistenceHandler() {
        super(CommissionEntry.class, "createdAt");
    }

    @Override
    public DynamicResultSet fetch(PersistencePackage persistencePackage, CriteriaTransferObject cto,
                                  DynamicEntityDao dynamicEntityDao, RecordHelper helper) throws ServiceException {
        String[] customCriteria = persistencePackage.getCustomCriteria();
        if (customCriteria == null || !Arrays.asList(customCriteria).contains(TOTALS_ONLY)) {
            return super.fetch(persistencePackage, cto, dynamicEntityDao, helper);
        }
        prepare(persistencePackage, cto);
        BasicPersistenceModule module = (BasicPersistenceModule) helper.getCompatibleModule(
                persistencePackage.getPersistencePerspective().getOperationTypes().getFetchType());
        Map<String, FieldMetadata> properties = module.getMergedProperties(persistencePackage, cto);
        List<FilterMapping> filter = module.getFilterMappings(persistencePackage.getPersistencePerspective(), cto,
                persistencePackage.getFetchTypeFullyQualifiedClassname(), properties);
        filter.addAll(cto.getAdditionalFilterMappings());
        List<Object[]> rows = totals(dynamicEntityDao, persistencePackage.getCeilingEntityFullyQualifiedClassname(),
                filter);
        Entity[] totals = new Entity[rows.size()];
        for (int i = 0; i < totals.length; i++) {
            Object[] row = rows.get(i);
            totals[i] = new Entity();
            totals[i].setProperties(new Property[] {property(CURRENCY, String.valueOf(row[0])),
                    property(AMOUNT, ((BigDecimal) row[1]).toPlainString()), property(COUNT, String.valueOf(row[2]))});
        }
        return new DynamicResultSet(totals, totals.length);
    }

    /** Sum and count by currency under the filter, restricted the way Broadleaf restricts the grid's query. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object[]> totals(DynamicEntityDao dao, String ceilingEntity, List<FilterMapping> filter) {
        CriteriaBuilder builder = dao.getStandardEntityManager().getCriteriaBuilder();
        CriteriaQuery<Object[]> query = builder.createQuery(Object[].class);
        Root<?> root = query.from(dao.getAllPolymorphicEntitiesFromCeiling(CommissionEntry.class)[0]);
        List<Predicate> restrictions = new ArrayList<Predicate>();
        for (FilterMapping mapping : filter) {
            if (mapping.getRestriction() == null) {
                continue;
            }
            Path explicitPath = mapping.getFieldPath() == null ? null
                    : mapping.getRestriction().getFieldPathBuilder().getPath(root, mapping.getFieldPath(), builder);
            if (mapping.getFilterValues() != null && !mapping.getFilterValues().isEmpty()) {
                restrictions.add(mapping.getRestriction().buildRestriction(builder, root, ceilingEntity,
                        mapping.getFullPropertyName(), explicitPath, mapping.getFilterValues(), true, query,
                        restrictions));
            } else if (mapping.getDirectFilterValues() != null && !mapping.getDirectFilterValues().isEmpty()) {
                restrictions.add(mapping.getRestriction().buildRestriction(builder, root, ceilingEntity,
                        mapping.getFullPropertyName(), explicitPath, mapping.getDirectFilterValues(), false, query,
                        restrictions));
            }
        }
        Path<Object> currency = root.get(CURRENCY);
        query.multiselect(currency, builder.sum(root.<BigDecimal>get(AMOUNT)), builder.count(root))
                .where(restrictions.toArray(new Predicate[restrictions.size()]))
                .groupBy(currency)
                .orderBy(builder.asc(currency));
        return dao.getStandardEntityManager().createQuery(query).getResultList();
    }

    private static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        BasicFieldMetadata metadata = new BasicFieldMetadata();
        metadata.setFieldType(SupportedFieldType.STRING);
        property.setMetadata(metadata);
        return property;
    }
}
