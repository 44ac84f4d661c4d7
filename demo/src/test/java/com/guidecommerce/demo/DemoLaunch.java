package com.guidecommerce.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How a test starts the demo mall: in a JVM of its own exactly as {@code demo/run.sh} does (launcher class path, Spring
 * agent), on the ports, data directory and database given here, over http and over https with a test certificate.
 * The same launch can start the mall again after it was stopped or killed, on the same database and ports, without
 * reloading the demo data.
 */
final class DemoLaunch {

    private final int sitePort;
    private final int adminPort;
    private final int siteHttpsPort;
    private final int adminHttpsPort;
    private final int hsqldbPort;
    private final String dataDir;
    private final String mysqlUrl;
    private final String dbUser;
    private final String dbPassword;
    private final boolean siteOnly;

    private DemoLaunch(int[] ports, String dataDir, String mysqlUrl, String dbUser, String dbPassword,
                       boolean siteOnly) {
        this.sitePort = ports[0];
        this.adminPort = ports[1];
        this.siteHttpsPort = ports[2];
        this.adminHttpsPort = ports[3];
        this.hsqldbPort = ports[4];
        this.dataDir = dataDir;
        this.mysqlUrl = mysqlUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.siteOnly = siteOnly;
    }

    /** Site and admin on free ports, on embedded HSQLDB in {@code target/<dataDir>}. */
    static DemoLaunch onHsqldb(String dataDir) throws IOException {
        return new DemoLaunch(freePorts(), dataDir, null, null, null, false);
    }

    /** Site and admin on free ports, on a MySQL database. */
    static DemoLaunch onMysql(String dataDir, String url, String user, String password) throws IOException {
        return new DemoLaunch(freePorts(), dataDir, url, user, password, false);
    }

    /** The same launch with the storefront alone, as one storefront node of a cluster. */
    DemoLaunch siteOnly() {
        return new DemoLaunch(new int[] {sitePort, adminPort, siteHttpsPort, adminHttpsPort, hsqldbPort}, dataDir,
                mysqlUrl, dbUser, dbPassword, true);
    }

    /** The same database and data directory, served by another node on ports of its own. */
    DemoLaunch anotherNode() throws IOException {
        return new DemoLaunch(freePorts(), dataDir, mysqlUrl, dbUser, dbPassword, siteOnly);
    }

    /**
     * Starts the mall and waits until it says it is ready. {@code reset}: recreate the database and load the demo
     * data; otherwise start on the database as it is. The mall's output goes to {@code target/<logName>}.
     */
    DemoMall start(boolean reset, String logName) {
        try {
            Path demo = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath();
            Path keystore = TestCertificate.create(demo.resolve("target/it-tls"));
            Process process = new ProcessBuilder(command(demo, reset, keystore)).directory(demo.getParent().toFile())
                    .redirectErrorStream(true).start();
            Path log = demo.resolve("target").resolve(logName);
            DemoLog lines = new DemoLog();
            CountDownLatch ready = new CountDownLatch(1);
            Thread pump = new Thread(() -> pump(process, log, lines, ready), "demo-mall-output");
            pump.setDaemon(true);
            pump.start();
            boolean started = ready.await(5, TimeUnit.MINUTES);
            if (!started || !process.isAlive()) {
                process.destroyForcibly();
                throw new IllegalStateException("The demo mall did not start; see " + log);
            }
            System.out.println("[demo-it] demo mall ready: site :" + sitePort
                    + (siteOnly ? " (site only)" : ", admin :" + adminPort));
            return new DemoMall(process, "http://localhost:" + sitePort, "http://localhost:" + adminPort,
                    demo.resolve("target").resolve(dataDir), lines, new DemoMall.Https("https://localhost:"
                    + siteHttpsPort, "https://localhost:" + adminHttpsPort, TestCertificate.trusting(keystore)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot start the demo mall", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the demo mall started", e);
        }
    }

    private List<String> command(Path demo, boolean reset, Path keystore) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-javaagent:" + springAgent(demo.resolve("target/launcher-lib")));
        command.add("--add-opens");
        command.add("java.base/java.lang=ALL-UNNAMED");
        command.add("--add-opens");
        command.add("java.base/java.util=ALL-UNNAMED");
        command.add("-Xmx1g");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(demo.resolve("target/launcher-lib") + "/*:" + demo.resolve("target/classes"));
        command.add("com.guidecommerce.demo.launcher.DemoLauncher");
        if (reset) {
            command.add("--reset");
        }
        if (siteOnly) {
            command.add("--site-only");
        }
        command.add("--site-port");
        command.add(String.valueOf(sitePort));
        command.add("--admin-port");
        command.add(String.valueOf(adminPort));
        command.add("--hsqldb-port");
        command.add(String.valueOf(hsqldbPort));
        command.add("--data-dir");
        command.add(demo.resolve("target").resolve(dataDir).toString());
        command.add("--site-https-port");
        command.add(String.valueOf(siteHttpsPort));
        command.add("--admin-https-port");
        command.add(String.valueOf(adminHttpsPort));
        command.add("--keystore");
        command.add(keystore.toString());
        command.add("--keystore-password");
        command.add(TestCertificate.PASSWORD);
        if (mysqlUrl != null) {
            command.add("--mysql");
            command.add(mysqlUrl);
            command.add("--db-user");
            command.add(dbUser);
            command.add("--db-password");
            command.add(dbPassword);
        }
        return command;
    }

    private static void pump(Process process, Path log, DemoLog lines, CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                lines.append(line);
                if (line.contains("demo mall is ready")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Lost the demo mall's output", e);
        } finally {
            ready.countDown();
        }
    }

    private static String springAgent(Path launcherLib) throws IOException {
        try (Stream<Path> jars = Files.list(launcherLib)) {
            return jars.filter(p -> p.getFileName().toString().startsWith("spring-instrument-"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No Spring agent in " + launcherLib))
                    .toString();
        }
    }

    /** Five distinct free ports: all held open at once while chosen, so the system cannot hand one out twice. */
    private static int[] freePorts() throws IOException {
        ServerSocket[] sockets = new ServerSocket[5];
        try {
            int[] ports = new int[sockets.length];
            for (int i = 0; i < sockets.length; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }
}
