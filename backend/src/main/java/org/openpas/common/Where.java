package org.openpas.common;

import io.quarkus.panache.common.Parameters;
import java.util.Collection;

/**
 * Builds an HQL query from optional filters: each filter whose value is present adds
 * {@code and <test> :name} and binds the value (a collection as a list, {@code in (:name)}).
 */
public final class Where {

    private final StringBuilder hql;
    private final Parameters params = new Parameters();

    public Where(String from) {
        this.hql = new StringBuilder(from).append(" where 1 = 1");
    }

    /** {@code test} ends with its operator, e.g. {@code "e.status ="} or {@code "e.communityId in"}. */
    public Where and(String test, String name, Object value) {
        if (value != null) {
            boolean many = value instanceof Collection<?>;
            hql.append(" and ").append(test).append(many ? " (:" : " :").append(name).append(many ? ")" : "");
            params.and(name, value);
        }
        return this;
    }

    /** A fixed condition, always added. */
    public Where and(String condition) {
        hql.append(" and ").append(condition);
        return this;
    }

    public String orderBy(String order) {
        return hql + " order by " + order;
    }

    public Parameters params() {
        return params;
    }
}
