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
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "";
        }
    }
}
