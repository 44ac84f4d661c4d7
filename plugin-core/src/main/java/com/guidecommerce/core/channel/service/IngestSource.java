package com.guidecommerce.core.channel.service;

/** How an event reached us; kept with its raw payload. */
public enum IngestSource {
    /** The signed HTTP API. */
    API,
    /** A CSV file uploaded in admin. */
    CSV,
    /** A checkout in this Broadleaf storefront. */
    MALL,
    /** The ingest benchmark's generated stream. */
    BENCH
}
