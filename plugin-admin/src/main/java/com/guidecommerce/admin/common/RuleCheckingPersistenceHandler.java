package com.guidecommerce.admin.common;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.util.List;

/**
 * Checks an admin add or update of one ceiling entity against the plugin's rules before Broadleaf saves it.
 *
 * <p>Contract: when a rule is broken the submitted entity comes back with a field validation error per broken rule
 * (the admin shows them on the form and nothing is saved); otherwise the request goes on to the persistence module
 * Broadleaf would have used without this handler, so field validation, population and saving stay Broadleaf's.
 * Security checks stay Broadleaf's too ({@link #willHandleSecurity} is false).
 */
public abstract class RuleCheckingPersistenceHandler extends CustomPersistenceHandlerAdapter {

    private static final String ID = "id";

    private final String ceilingEntity;

    protected RuleCheckingPersistenceHandler(Class<?> ceilingEntity) {
        this.ceilingEntity = ceilingEntity.getName();
    }

    /**
     * The rules broken by the submitted values.
     *
     * @param id the id of the entity being updated, {@code null} when it is being added
     */
    protected abstract List<FieldViolation> check(Entity submitted, Long id);

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return ceilingEntity.equals(persistencePackage.getCeilingEntityFullyQualifiedClassname());
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return ceilingEntity.equals(persistencePackage.getCeilingEntityFullyQualifiedClassname());
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (rejects(submitted, check(submitted, null))) {
            return submitted;
        }
        return helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getAddType())
                .add(persistencePackage);
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        if (rejects(submitted, check(submitted, idOf(submitted)))) {
            return submitted;
        }
        return helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getUpdateType())
                .update(persistencePackage);
    }

    /** The submitted value of a property, or {@code null} when the form did not send it. */
    protected static String valueOf(Entity submitted, String property) {
        Property found = submitted.findProperty(property);
        return found == null ? null : found.getValue();
    }

    private static Long idOf(Entity submitted) {
        String id = valueOf(submitted, ID);
        return id == null || id.trim().isEmpty() ? null : Long.valueOf(id.trim());
    }

    private static boolean rejects(Entity submitted, List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            submitted.addValidationError(violation.getField(), violation.getMessageKey());
        }
        return !violations.isEmpty();
    }
}
