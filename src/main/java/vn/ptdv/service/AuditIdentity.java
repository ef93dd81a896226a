package vn.ptdv.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/** Who works on this computer, as the audit trail writes it: the system's user and the computer's name. */
public record AuditIdentity(String user, String computer) {
    public AuditIdentity {
        user = user == null ? "" : user.strip();
        computer = computer == null ? "" : computer.strip();
    }

    /** The user the program runs as, and the computer's name (Windows sets COMPUTERNAME). */
    public static AuditIdentity ofThisComputer() {
        return new AuditIdentity(System.getProperty("user.name", ""), computerName(System.getenv()));
    }

    static String computerName(Map<String, String> env) {
        return computerName(env, KERNEL_HOSTNAME);
    }

    /**
     * Linux keeps the computer's name in this file: read there, it costs nothing, where asking the
     * network for the name and address of this computer cost the opening of the database a hundredth of
     * a second, and can wait for the network much longer on a badly set up office network.
     */
    static final java.nio.file.Path KERNEL_HOSTNAME = java.nio.file.Path.of("/proc/sys/kernel/hostname");

    static String computerName(Map<String, String> env, java.nio.file.Path kernelHostname) {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            String kept = java.nio.file.Files.readString(kernelHostname, java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux (macOS): the network's answer, as below.
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "";
        }
    }
}
