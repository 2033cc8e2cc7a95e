package org.openpas.testing;

/** Test identities: subjects shaped like Keycloak's user ids, one per person the tests need. */
public final class Users {
    public static final String ADMIN = "10000000-0000-4000-8000-000000000001";
    public static final String COORDINATOR = "10000000-0000-4000-8000-000000000002";
    public static final String PROVIDER = "10000000-0000-4000-8000-000000000003";
    public static final String DIRECTOR = "10000000-0000-4000-8000-000000000004";
    public static final String OTHER_DIRECTOR = "10000000-0000-4000-8000-000000000005";
    public static final String DELEGATE = "10000000-0000-4000-8000-000000000006";
    public static final String PATIENT = "10000000-0000-4000-8000-000000000007";

    private Users() {
    }
}
