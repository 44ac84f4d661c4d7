package com.guidecommerce.core.organisation.service;

/** The kinds of organisation unit whose names can be read in bulk, with the table and columns that hold them. */
public enum OrganisationUnit {

    REGION("GC_REGION", "REGION_ID", "CODE"),
    FRANCHISEE("GC_FRANCHISEE", "FRANCHISEE_ID", "CODE"),
    STORE("GC_STORE", "STORE_ID", "CODE"),
    GUIDE("GC_GUIDE", "GUIDE_ID", "GUIDE_CODE");

    private final String table;
    private final String idColumn;
    private final String codeColumn;

    OrganisationUnit(String table, String idColumn, String codeColumn) {
        this.table = table;
        this.idColumn = idColumn;
        this.codeColumn = codeColumn;
    }

    public String getTable() {
        return table;
    }

    public String getIdColumn() {
        return idColumn;
    }

    public String getCodeColumn() {
        return codeColumn;
    }
}
