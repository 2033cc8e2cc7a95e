package org.openpas.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** One page of a collection, with the total the client needs to page through it. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

    public static <T> PageResult<T> of(PanacheQuery<T> query, int page, int size) {
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public <R> List<R> map(Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }

    /**
     * Fills one of the contract's page beans (they share a shape, not a type):
     * {@code result.fill(body, ClinicMapper::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems, body::setTotalPages)}.
     */
    public <R, P> P fill(P body, Function<T, R> mapper, Consumer<List<R>> setItems, Consumer<Integer> setPage,
            Consumer<Integer> setSize, Consumer<Long> setTotalItems, Consumer<Integer> setTotalPages) {
        setItems.accept(map(mapper));
        setPage.accept(page);
        setSize.accept(size);
        setTotalItems.accept(totalItems);
        setTotalPages.accept(totalPages());
        return body;
    }
}
