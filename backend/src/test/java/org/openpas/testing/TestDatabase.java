package org.openpas.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs against one real PostgreSQL (see {@link PostgresResource}) and a real SMTP server. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(MailResource.class)
public class TestDatabase {
}
