package com.guidecommerce.bench;

import java.util.Random;

/**
 * Who exists before the stream starts, derived only from the options and the seed so the stream generator and the
 * database setup agree without talking to each other: guides (index {@code g}, code {@code G00001}), their stores and
 * franchisees, and customers (index {@code c}, Broadleaf id {@code CUSTOMER_BASE + c}) with their bound guide and
 * whether their phone number is a known identity.
 */
final class Population {

    static final long CUSTOMER_BASE = 1_000_000L;
    /** Share of customers bound to a guide, in percent. */
    static final int BOUND_PERCENT = 85;
    /** Share of customers whose phone hash is a recorded member identity, in percent. */
    static final int PHONE_IDENTITY_PERCENT = 15;

    final int stores;
    final int guidesPerStore;
    final int franchisees;
    final int customers;
    /** Bound guide index per customer, -1 when unbound. */
    final int[] boundGuide;
    final boolean[] phoneIdentity;

    /** Database ids, filled in by the setup. */
    final long[] guideIds;
    final long[] franchiseeIds;
    final String[] franchiseeCodes;

    Population(BenchOptions options) {
        this.stores = options.stores;
        this.guidesPerStore = options.guidesPerStore;
        this.franchisees = options.franchisees;
        this.customers = options.customers;
        this.boundGuide = new int[customers];
        this.phoneIdentity = new boolean[customers];
        Random random = new Random(options.seed ^ 0x5EED_0F_B1A5L);
        for (int c = 0; c < customers; c++) {
            boundGuide[c] = random.nextInt(100) < BOUND_PERCENT ? random.nextInt(guides()) : -1;
            phoneIdentity[c] = random.nextInt(100) < PHONE_IDENTITY_PERCENT;
        }
        this.guideIds = new long[guides()];
        this.franchiseeIds = new long[franchisees];
        this.franchiseeCodes = new String[franchisees];
    }

    int guides() {
        return stores * guidesPerStore;
    }

    int storeOf(int guide) {
        return guide / guidesPerStore;
    }

    /** Seven stores in ten are franchised; the rest are run by HQ and pay no franchisee commission. */
    int franchiseeOfStore(int store) {
        return store % 10 < 7 ? store % franchisees : -1;
    }

    int franchiseeOfGuide(int guide) {
        return franchiseeOfStore(storeOf(guide));
    }

    static String guideCode(int guide) {
        return String.format("G%05d", guide + 1);
    }

    static String storeCode(int store) {
        return String.format("S%04d", store + 1);
    }

    static long customerId(int customer) {
        return CUSTOMER_BASE + customer;
    }

    static String phone(int customer) {
        return String.format("139%08d", customer);
    }
}
