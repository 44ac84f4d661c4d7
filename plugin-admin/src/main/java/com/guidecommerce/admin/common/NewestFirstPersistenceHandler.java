package com.guidecommerce.admin.common;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.CriteriaTransferObject;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.SortDirection;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

/**
 * Lists a log-like entity (binding history, departures) newest first unless the admin sorts by a column. Broadleaf
 * 3.1 has no default sort for a section, and its own order (by id) puts the oldest rows first.
 *
 * <p>Contract: only fetches of the one ceiling entity are touched, and only their sort and, with a {@link SearchBox},
 * what the search box finds; filtering, paging, security and the fetch itself stay Broadleaf's.
 */
public class NewestFirstPersistenceHandler extends CustomPersistenceHandlerAdapter {

    private final String ceilingEntity;
    private final String timeProperty;
    private SearchBox searchBox;

    /** @param timeProperty the entity's property that orders its rows in time */
    public NewestFirstPersistenceHandler(Class<?> ceilingEntity, String timeProperty) {
        this.ceilingEntity = ceilingEntity.getName();
        this.timeProperty = timeProperty;
    }

    /** What the section's search box finds beside the grid's first column. */
    public void setSearchBox(SearchBox searchBox) {
        this.searchBox = searchBox;
    }

    @Override
    public Boolean canHandleFetch(PersistencePackage persistencePackage) {
        return ceilingEntity.equals(persistencePackage.getCeilingEntityFullyQualifiedClassname());
    }

    @Override
    public DynamicResultSet fetch(PersistencePackage persistencePackage, CriteriaTransferObject cto,
                                  DynamicEntityDao dynamicEntityDao, RecordHelper helper) throws ServiceException {
        prepare(persistencePackage, cto);
        return helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getFetchType())
                .fetch(persistencePackage, cto);
    }

    /** Sorts, widens the search box's filter and narrows the rows, as every fetch of the section needs. */
    protected void prepare(PersistencePackage persistencePackage, CriteriaTransferObject cto) {
        if (!isSorted(cto)) {
            cto.get(timeProperty).setSortDirection(SortDirection.DESCENDING);
        }
        if (searchBox != null) {
            searchBox.widen(cto);
        }
        narrow(persistencePackage, cto);
    }

    /** Lets a section show part of the entity's rows; adds nothing here. */
    protected void narrow(PersistencePackage persistencePackage, CriteriaTransferObject cto) {
    }

    private static boolean isSorted(CriteriaTransferObject cto) {
        for (FilterAndSortCriteria criteria : cto.getCriteriaMap().values()) {
            if (criteria.getSortDirection() != null) {
                return true;
            }
        }
        return false;
    }
}
