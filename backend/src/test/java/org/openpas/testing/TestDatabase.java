package org.openpas.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs against one real PostgreSQL (see {@link PostgresResource}). */
@QuarkusTestResource(PostgresResource.class)
public class TestDatabase {
}
