package org.openpas.common;

/** The realm roles Keycloak puts in {@code realm_access.roles}; the only place their names are spelled. */
public final class Roles {
    public static final String PATIENT = "patient";
    public static final String PROVIDER = "provider";
    public static final String MEDICAL_DIRECTOR = "medical-director";
    public static final String DELEGATE = "delegate";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    public static final java.util.Set<String> ALL = java.util.Set.of(PATIENT, PROVIDER, MEDICAL_DIRECTOR, DELEGATE,
            COORDINATOR, ADMIN);

    /** Keycloak adds roles of its own (offline_access, default-roles-pas...): keep only PAS's, sorted. */
    public static java.util.SortedSet<String> known(java.util.Set<String> roles) {
        java.util.SortedSet<String> known = new java.util.TreeSet<>(roles);
        known.retainAll(ALL);
        return known;
    }

    private Roles() {
    }
}
