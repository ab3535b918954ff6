package de.nahbar.shared.service;

import java.util.Map;

import jakarta.persistence.Query;

/** Binds the parameters a filter collected while it built its where clause. */
public final class QueryParameters {

    private QueryParameters() {}

    public static <Q extends Query> Q bind(Q query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
