package com.guidecommerce.demo.launcher;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Command-line options of the demo launcher. */
final class DemoOptions {

    int sitePort = 8080;
    int adminPort = 8081;
    int hsqldbPort = 9001;
    boolean reset;
    boolean siteOnly;
    String nodeName = "";
    Path dataDir = Paths.get("demo", "data");
    String mysqlUrl;
    String dbUser = "root";
    String dbPassword = "";
    int siteHttpsPort;
    int adminHttpsPort;
    Path keystore;
    String keystorePassword = "";

    static DemoOptions parse(String[] args) {
        DemoOptions options = new DemoOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--reset":
                    options.reset = true;
                    break;
                case "--site-only":
                    options.siteOnly = true;
                    break;
                case "--node-name":
                    options.nodeName = value(args, ++i, arg);
                    break;
                case "--site-port":
                    options.sitePort = Integer.parseInt(value(args, ++i, arg));
                    break;
                case "--admin-port":
                    options.adminPort = Integer.parseInt(value(args, ++i, arg));
                    break;
                case "--hsqldb-port":
                    options.hsqldbPort = Integer.parseInt(value(args, ++i, arg));
                    break;
                case "--data-dir":
                    options.dataDir = Paths.get(value(args, ++i, arg));
                    break;
                case "--mysql":
                    options.mysqlUrl = value(args, ++i, arg);
                    break;
                case "--db-user":
                    options.dbUser = value(args, ++i, arg);
                    break;
                case "--db-password":
                    options.dbPassword = value(args, ++i, arg);
                    break;
                case "--site-https-port":
                    options.siteHttpsPort = Integer.parseInt(value(args, ++i, arg));
                    break;
                case "--admin-https-port":
                    options.adminHttpsPort = Integer.parseInt(value(args, ++i, arg));
                    break;
                case "--keystore":
                    options.keystore = Paths.get(value(args, ++i, arg));
                    break;
                case "--keystore-password":
                    options.keystorePassword = value(args, ++i, arg);
                    break;
                case "--help":
                    System.out.println(usage());
                    System.exit(0);
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            }
        }
        if ((options.siteHttpsPort > 0 || options.adminHttpsPort > 0) && options.keystore == null) {
            throw new IllegalArgumentException("An https port needs --keystore\n" + usage());
        }
        return options;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[index];
    }

    static String usage() {
        return "Options:\n"
                + "  --reset               delete the demo database and secrets, load the demo data again\n"
                + "  --site-only           start the storefront only (another storefront node on a --mysql database)\n"
                + "  --node-name NAME      this node's name in job locks and run records (gc.node.name)\n"
                + "  --site-port N         storefront port (8080)\n"
                + "  --admin-port N        admin port (8081)\n"
                + "  --hsqldb-port N       embedded HSQLDB server port (9001)\n"
                + "  --data-dir DIR        where the embedded database and the demo's secrets live (demo/data)\n"
                + "  --mysql JDBC_URL      use MySQL/MariaDB instead, e.g. jdbc:mysql://127.0.0.1:3306/gcdemo\n"
                + "  --db-user U           MySQL user (root)\n"
                + "  --db-password P       MySQL password (empty)\n"
                + "  --site-https-port N   also serve the storefront over https on this port (off)\n"
                + "  --admin-https-port N  also serve the admin over https on this port (off)\n"
                + "  --keystore FILE       PKCS12 key store with the https certificate\n"
                + "  --keystore-password P its password (empty)";
    }
}
