package com.guidecommerce.core.membertag.domain;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Every export of members by tag with full contacts by HQ: GC_MEMBER_TAG_EXPORT, who exported which filter and how
 * many members, when. Written before the file is sent.
 */
@Entity
@Table(name = "GC_MEMBER_TAG_EXPORT")
public class MemberTagExportTable {

    @Id
    @Column(name = "EXPORT_ID")
    protected Long id;

    @Column(name = "ADMIN_LOGIN", nullable = false, length = 255)
    protected String adminLogin;

    @Column(name = "FILTER", length = 500)
    protected String filter;

    @Column(name = "MEMBERS", nullable = false)
    protected int members;

    @Column(name = "EXPORTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date exportedAt;
}
