package org.openpas.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This API instance among the several that share the database: its name (setting {@code pas.instance},
 * e.g. {@code api-1}; else the host name) and the claimant it writes into the rows it leases
 * ({@code name/boot id}). The boot id changes at every start, so an instance restarted under the same
 * name never mistakes the leases of its dead predecessor for its own.
 */
@ApplicationScoped
public class Instance {

    private final String name;
    private final String claimant;

    public Instance(@ConfigProperty(name = "pas.instance") Optional<String> configured) {
        this.name = configured.filter(value -> !value.isBlank()).orElseGet(Instance::hostName);
        this.claimant = (name.length() > 60 ? name.substring(0, 60) : name) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String name() {
        return name;
    }

    /** What this process writes as the holder of a lease: unique to this start of this instance. */
    public String claimant() {
        return claimant;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "pas-" + ProcessHandle.current().pid();
        }
    }
}
