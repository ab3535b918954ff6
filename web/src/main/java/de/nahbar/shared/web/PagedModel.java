package de.nahbar.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model whose counting and paging happen in an EJB query, never in memory.
 * The page bean supplies both as (serializable) lambdas that read its current filter.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Counts the rows matching the page's current filter. */
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads one page of rows matching the page's current filter, sorted by a column's field (or null). */
    public interface PageLoader<T> extends Serializable {
        List<T> load(int first, int pageSize, String sortField, boolean ascending);
    }

    /** The database id of a row, used as its row key. */
    public interface RowId<T> extends Serializable {
        long of(T row);
    }

    private final Counter counter;
    private final PageLoader<T> loader;
    private final RowId<T> rowId;

    public PagedModel(Counter counter, PageLoader<T> loader, RowId<T> rowId) {
        this.counter = counter;
        this.loader = loader;
        this.rowId = rowId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty()
                ? null
                : sortBy.values().iterator().next();
        return loader.load(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(rowId.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        return page == null
                ? null
                : page.stream()
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
