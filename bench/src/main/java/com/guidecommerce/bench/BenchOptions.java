package com.guidecommerce.bench;

import java.util.ArrayList;
import java.util.List;

/** Command-line options of the ingest benchmark; every default is the documented full run. */
final class BenchOptions {

    long lines = 1_000_000;
    int batch = 5000;
    int threads = 2;
    long seed = 20261111L;
    int customers = 100_000;
    int stores = 200;
    int guidesPerStore = 10;
    int franchisees = 40;
    String url = "jdbc:mysql://127.0.0.1:3306/gc_bench";
    String user = "root";
    String password = "";
    boolean ceiling = true;
    boolean fresh;
    long ledgerRows;
    boolean figuresCompare;

    static BenchOptions parse(String[] args) {
        BenchOptions o = new BenchOptions();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            switch (name) {
                case "--lines" -> o.lines = Long.parseLong(value(name, rest));
                case "--batch" -> o.batch = Integer.parseInt(value(name, rest));
                case "--threads" -> o.threads = Integer.parseInt(value(name, rest));
                case "--seed" -> o.seed = Long.parseLong(value(name, rest));
                case "--customers" -> o.customers = Integer.parseInt(value(name, rest));
                case "--stores" -> o.stores = Integer.parseInt(value(name, rest));
                case "--guides-per-store" -> o.guidesPerStore = Integer.parseInt(value(name, rest));
                case "--db" -> o.url = value(name, rest);
                case "--db-user" -> o.user = value(name, rest);
                case "--db-password" -> o.password = value(name, rest);
                case "--no-ceiling" -> o.ceiling = false;
                case "--fresh" -> o.fresh = true;
                case "--ledger-rows" -> o.ledgerRows = Long.parseLong(value(name, rest));
                case "--figures-compare" -> o.figuresCompare = true;
                case "--help" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + usage());
            }
        }
        if (o.lines < 1 || o.batch < 1 || o.threads < 1 || o.customers < 100 || o.stores < 1 || o.guidesPerStore < 2
                || o.ledgerRows < 0) {
            throw new IllegalArgumentException("Sizes must be positive (customers >= 100, guides per store >= 2, ledger rows >= 0)");
        }
        o.franchisees = Math.max(1, Math.min(o.franchisees, o.stores / 2));
        return o;
    }

    int guides() {
        return stores * guidesPerStore;
    }

    private static String value(String name, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return rest.remove(0);
    }

    static String usage() {
        return String.join("\n",
                "scripts/bench-ingest.sh [options]",
                "  --lines N             order lines to generate (default 1000000)",
                "  --batch N             events per ingestAll call (default 5000)",
                "  --threads N           concurrent callers, each with its own channels, as storefront request",
                "                        threads would be (default 2, one per core here); the ceiling uses as many",
                "                        connections",
                "  --seed N              random seed of the stream and the population",
                "  --customers N         Broadleaf customers to create (default 100000)",
                "  --stores N            stores (default 200), --guides-per-store N (default 10)",
                "  --db JDBC_URL         MySQL database the benchmark owns (default jdbc:mysql://127.0.0.1:3306/gc_bench);",
                "                        its tables are emptied, or it is recreated when the core's entities changed",
                "  --db-user U, --db-password P",
                "  --no-ceiling          skip the raw JDBC ceiling measurement",
                "  --fresh               drop and recreate the database even when its schema matches this build",
                "  --ledger-rows N       before the timed part, seed GC_COMMISSION_ENTRY with N rows of the year before",
                "                        the stream (with their orders, lines, attributions and statements), as a",
                "                        brand's ledger would hold (default 0); a seed of the same N and options is",
                "                        kept for the next run on the same database",
                "  --figures-compare     time the pipeline in four segments of the stream, the boards' figures off, on,",
                "                        off, on, and compare the two sides' lines/s (goal: on at most 10 % slower)");
    }
}
