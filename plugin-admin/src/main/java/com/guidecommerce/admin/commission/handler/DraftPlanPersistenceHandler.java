package com.guidecommerce.admin.commission.handler;

import com.guidecommerce.admin.common.FieldViolation;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.ValidationException;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.util.List;

/**
 * Common ground of the plan and rule handlers: which saves they take (by the ceiling entity or its implementation,
 * since Broadleaf names a collection's items by their class), and how a broken rule comes back to the admin.
 */
abstract class DraftPlanPersistenceHandler extends CustomPersistenceHandlerAdapter {

    private final Class<?> ceilingEntity;

    DraftPlanPersistenceHandler(Class<?> ceilingEntity) {
        this.ceilingEntity = ceilingEntity;
    }

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    private boolean handles(PersistencePackage persistencePackage) {
        try {
            return ceilingEntity.isAssignableFrom(Class.forName(persistencePackage.getCeilingEntityFullyQualifiedClassname()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Saves a new entity the way Broadleaf would have without this handler. */
    static Entity addAsBroadleaf(PersistencePackage persistencePackage, RecordHelper helper) throws ServiceException {
        return helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getAddType())
                .add(persistencePackage);
    }

    static Entity updateAsBroadleaf(PersistencePackage persistencePackage, RecordHelper helper) throws ServiceException {
        return helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getUpdateType())
                .update(persistencePackage);
    }

    static void removeAsBroadleaf(PersistencePackage persistencePackage, RecordHelper helper) throws ServiceException {
        helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getRemoveType())
                .remove(persistencePackage);
    }

    /** Puts the violations on the submitted entity; whether there were any. */
    static boolean rejects(Entity submitted, List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            submitted.addValidationError(violation.getField(), violation.getMessageKey());
        }
        return !violations.isEmpty();
    }

    /** A removal cannot answer with field errors; Broadleaf shows this exception's message (a message key) instead. */
    static ValidationException refusal(Entity submitted, List<FieldViolation> violations) {
        rejects(submitted, violations);
        return new ValidationException(submitted, violations.get(0).getMessageKey());
    }

    static String valueOf(Entity submitted, String property) {
        Property found = submitted.findProperty(property);
        return found == null ? null : found.getValue();
    }

    static Long idOf(Entity submitted, String property) {
        String value = valueOf(submitted, property);
        return value == null || value.trim().isEmpty() ? null : Long.valueOf(value.trim());
    }

    static Class<?> typeOf(Entity submitted) throws ServiceException {
        try {
            return Class.forName(submitted.getType()[0]);
        } catch (ClassNotFoundException e) {
            throw new ServiceException("Unknown entity type " + submitted.getType()[0], e);
        }
    }
}
