package org.openpas.common;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The name of this API instance, in every log line (JSON field {@code instance}), every metric (tag
 * {@code instance}) and every audit event it writes: {@code pas.instance} ({@code PAS_INSTANCE}), by
 * default {@code <host name>-<pid>}, so that two instances on one host differ.
 */
@Singleton
public class InstanceName {

    public static final String PROPERTY = "pas.instance";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final String value;
    private final String claimant;

    InstanceName(@ConfigProperty(name = PROPERTY) String value) {
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("PAS_INSTANCE (" + PROPERTY + ") must be 1 to 100 of A-Z a-z 0-9 . _ : -");
        }
        this.value = value;
        this.claimant = (value.length() > 90 ? value.substring(0, 90) : value) + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public String value() {
        return value;
    }

    /**
     * What this process writes into the rows it leases (panel files): the name and a boot id. The boot id
     * changes at every start, so an instance restarted under the same name never takes the leases of its
     * dead predecessor for its own.
     */
    public String claimant() {
        return claimant;
    }

    /** Every meter carries the instance, so that a scrape through a load balancer still tells them apart. */
    @Produces
    @Singleton
    MeterFilter instanceTag() {
        return MeterFilter.commonTags(Tags.of("instance", value));
    }

    /**
     * The default of {@code pas.instance}, below every other configuration source (registered in
     * META-INF/services): PAS_INSTANCE or application.properties win over it.
     */
    public static class Default implements ConfigSource {

        private final Map<String, String> properties = Map.of(PROPERTY, hostName() + "-" + ProcessHandle.current().pid());

        private static String hostName() {
            try {
                String host = InetAddress.getLocalHost().getHostName();
                return host.length() > 80 ? host.substring(0, 80) : host;
            } catch (java.io.IOException unknown) {
                return "pas";
            }
        }

        @Override
        public Set<String> getPropertyNames() {
            return properties.keySet();
        }

        @Override
        public String getValue(String propertyName) {
            return properties.get(propertyName);
        }

        @Override
        public String getName() {
            return "PAS instance name default";
        }

        @Override
        public int getOrdinal() {
            return 10;
        }
    }
}
