package com.guidecommerce.admin.fraud.handler;

import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.fraud.rule.FraudReviewRules;
import com.guidecommerce.core.fraud.domain.FraudSignal;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link FraudReviewRules} to fraud signals saved in the Fraud review section. Bean
 * {@code gcFraudSignalCustomPersistenceHandler}.
 *
 * <p>Contract: the submitted values are compared with the stored signal as Broadleaf itself formats it for the form,
 * so an untouched form passes and any edited value outside status and review note is refused with a field error and
 * nothing saved. Otherwise Broadleaf's own persistence module saves the update; security stays Broadleaf's.
 */
public class FraudSignalCustomPersistenceHandler extends CustomPersistenceHandlerAdapter {

    private final FraudReviewRules rules = new FraudReviewRules();

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return FraudSignal.class.getName().equals(persistencePackage.getCeilingEntityFullyQualifiedClassname());
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        Serializable stored = storedSignal(submitted, dynamicEntityDao);
        if (stored != null) {
            Entity shown = helper.getRecord(FraudSignal.class, persistencePackage.getPersistencePerspective(), stored);
            List<FieldViolation> violations = rules.check(valuesOf(shown), valuesOf(submitted));
            for (FieldViolation violation : violations) {
                submitted.addValidationError(violation.getField(), violation.getMessageKey());
            }
            if (!violations.isEmpty()) {
                return submitted;
            }
        }
        return helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getUpdateType())
                .update(persistencePackage);
    }

    /** The signal being updated, or {@code null} when it cannot be found (Broadleaf then reports that itself). */
    private static Serializable storedSignal(Entity submitted, DynamicEntityDao dynamicEntityDao) {
        Property id = submitted.findProperty("id");
        if (id == null || id.getValue() == null || id.getValue().trim().isEmpty()) {
            return null;
        }
        try {
            Class<?> type = Class.forName(submitted.getType()[0]);
            return (Serializable) dynamicEntityDao.retrieve(type, Long.valueOf(id.getValue().trim()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown fraud signal type " + submitted.getType()[0], e);
        }
    }

    private static Map<String, String> valuesOf(Entity entity) {
        Map<String, String> values = new HashMap<String, String>();
        for (Property property : entity.getProperties()) {
            values.put(property.getName(), property.getValue());
        }
        return values;
    }
}
