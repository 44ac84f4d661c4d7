package com.guidecommerce.bench;

/** Command-line options of the boards benchmark; every default is the documented full run. */
final class BoardsOptions {

    /** The organisation: guides in stores, stores spread over regions and franchisees. */
    int guides = 20_000;
    int stores = 5_000;
    int regions = 20;
    int franchisees = 500;
    /** Days of daily figures, ending today. */
    int days = 366;
    long seed = 20261206L;
    /** Concurrent workbench readers and the reads each does. */
    int readers = 50;
    int reads = 400;
    /** Connections of the pool the readers share; by default one each, as 50 request threads would have. */
    int pool = 0;
    /** Timed calls of each leaderboard and timed snapshot rebuilds. */
    int leaderboards = 20;
    int rebuilds = 3;
    boolean reseed;
    /** The database, in the shape the shared context bootstrapping takes. */
    final BenchOptions connection = new BenchOptions();

    BoardsOptions() {
        connection.url = "jdbc:mysql://127.0.0.1:3306/gc_bench_boards";
    }

    static BoardsOptions parse(String[] args) {
        BoardsOptions o = new BoardsOptions();
        new CommandLine(usage())
                .value("--guides", v -> o.guides = Integer.parseInt(v))
                .value("--stores", v -> o.stores = Integer.parseInt(v))
                .value("--regions", v -> o.regions = Integer.parseInt(v))
                .value("--franchisees", v -> o.franchisees = Integer.parseInt(v))
                .value("--days", v -> o.days = Integer.parseInt(v))
                .value("--seed", v -> o.seed = Long.parseLong(v))
                .value("--readers", v -> o.readers = Integer.parseInt(v))
                .value("--pool", v -> o.pool = Integer.parseInt(v))
                .value("--reads", v -> o.reads = Integer.parseInt(v))
                .value("--leaderboards", v -> o.leaderboards = Integer.parseInt(v))
                .value("--rebuilds", v -> o.rebuilds = Integer.parseInt(v))
                .value("--db", v -> o.connection.url = v)
                .value("--db-user", v -> o.connection.user = v)
                .value("--db-password", v -> o.connection.password = v)
                .flag("--reseed", () -> o.reseed = true)
                .flag("--fresh", () -> o.connection.fresh = true)
                .parse(args);
        if (o.stores < 1 || o.guides < o.stores || o.regions < 1 || o.franchisees < 1 || o.days < 1 || o.readers < 1 || o.pool < 0
                || o.reads < 1 || o.leaderboards < 1 || o.rebuilds < 1) {
            throw new IllegalArgumentException("Sizes must be positive, with at least one guide per store");
        }
        o.pool = o.pool == 0 ? o.readers : o.pool;
        o.regions = Math.min(o.regions, o.stores);
        o.franchisees = Math.min(o.franchisees, o.stores);
        return o;
    }

    static String usage() {
        return String.join("\n",
                "scripts/bench-boards.sh [options]",
                "Seeds the organisation and the board's daily figures (with the monthly rollups of closed months), then",
                "measures the guide workbench read, HQ leaderboards over 31 and 366 days and a rebuild of the open rank",
                "snapshot periods, each against its goal.",
                "  --guides N            guides (default 20000)",
                "  --stores N            stores (default 5000), spread over --regions N (default 20) and",
                "                        --franchisees N (default 500; every 10th store is run by HQ itself)",
                "  --days N              days of daily figures ending today (default 366)",
                "  --seed N              random seed of the population and the figures",
                "  --readers N           concurrent workbench readers (default 50), --reads N reads each (default 400)",
                "  --pool N              database connections the readers share (default: one per reader)",
                "  --leaderboards N      timed leaderboard calls per range (default 20)",
                "  --rebuilds N          timed rebuilds of the open snapshot periods (default 3)",
                "  --db JDBC_URL         MySQL/MariaDB database the benchmark owns",
                "                        (default jdbc:mysql://127.0.0.1:3306/gc_bench_boards)",
                "  --db-user U, --db-password P",
                "  --reseed              seed again even when the database holds a seed of the same sizes; a seed is",
                "                        also made again when it does not end today",
                "  --fresh               drop and recreate the database first",
                "The ingest side (lines/s with the board's figures on vs off, over a ledger of 10,000,000 rows) is",
                "measured by scripts/bench-ingest.sh --figures-compare --ledger-rows 10000000.");
    }
}
