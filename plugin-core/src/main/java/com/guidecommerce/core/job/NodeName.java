package com.guidecommerce.core.job;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's name in job locks and run records: {@code gc.node.name@host}, or {@code pid@host} when no name is
 * configured, so that two nodes on one host never share a name (a lock is released by its holder's name). Bean
 * {@code gcNodeName}.
 */
public final class NodeName {

    private static final int MAX_LENGTH = 255;

    private final String value;

    public NodeName(String configuredName) {
        this(configuredName, hostName(), processId());
    }

    NodeName(String configuredName, String host, String processId) {
        String name = configuredName == null || configuredName.trim().isEmpty() ? processId : configuredName.trim();
        String full = name + "@" + host;
        this.value = full.length() > MAX_LENGTH ? full.substring(0, MAX_LENGTH) : full;
    }

    public String get() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // A host without a resolvable name still runs jobs; the process id keeps its nodes apart.
            return "unknown-host";
        }
    }

    /** The JVM names itself pid@host (the only way to read the pid on Java 8). */
    private static String processId() {
        String jvm = ManagementFactory.getRuntimeMXBean().getName();
        int at = jvm.indexOf('@');
        return at > 0 ? jvm.substring(0, at) : jvm;
    }
}
