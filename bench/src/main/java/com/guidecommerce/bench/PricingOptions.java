package com.guidecommerce.bench;

/** Command-line options of the pricing benchmark; every default is the documented run. */
final class PricingOptions {

    /** Timed pricings per segment; segments alternate without and with the member-day offers. */
    int pricings = 2000;
    int segments = 6;
    /** Untimed pricings of each state before the first segment, for the JIT and the offer cache. */
    int warmup = 3000;
    /** Lines of the cart. */
    int lines = 5;
    final BenchOptions connection = new BenchOptions();

    PricingOptions() {
        connection.url = "jdbc:mysql://127.0.0.1:3306/gc_bench_pricing";
    }

    static PricingOptions parse(String[] args) {
        PricingOptions o = new PricingOptions();
        new CommandLine(usage())
                .value("--pricings", v -> o.pricings = Integer.parseInt(v))
                .value("--segments", v -> o.segments = Integer.parseInt(v))
                .value("--warmup", v -> o.warmup = Integer.parseInt(v))
                .value("--lines", v -> o.lines = Integer.parseInt(v))
                .value("--db", v -> o.connection.url = v)
                .value("--db-user", v -> o.connection.user = v)
                .value("--db-password", v -> o.connection.password = v)
                .parse(args);
        if (o.pricings < 1 || o.segments < 2 || o.segments % 2 != 0 || o.warmup < 0 || o.lines < 1) {
            throw new IllegalArgumentException("Sizes must be positive and the segments an even number");
        }
        o.connection.fresh = true;
        return o;
    }

    static String usage() {
        return String.join("\n",
                "scripts/bench-pricing.sh [options]",
                "Prices one cart through Broadleaf's pricing workflow again and again, in segments that alternate",
                "between no plugin offers and a member-day campaign that gives the cart's member a tier discount today,",
                "and compares the time per pricing of the two states against the goal (at most 5 % or 2 ms slower).",
                "  --pricings N          timed pricings per segment (default 2000)",
                "  --segments N          segments, an even number (default 6: off, on, off, on, off, on)",
                "  --warmup N            untimed pricings of each state first (default 3000)",
                "  --lines N             lines of the cart (default 5)",
                "  --db JDBC_URL         MySQL/MariaDB database the benchmark owns and recreates",
                "                        (default jdbc:mysql://127.0.0.1:3306/gc_bench_pricing)",
                "  --db-user U, --db-password P");
    }
}
