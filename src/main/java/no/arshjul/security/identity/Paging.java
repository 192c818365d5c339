package no.arshjul.security.identity;

import org.camunda.bpm.engine.impl.Page;

import java.util.List;

final class Paging {

    private Paging() {
    }

    /** Camunda hands the page to executeList, or leaves it null and keeps it on the query itself. */
    static <T> List<T> page(List<T> all, Page page, int firstResult, int maxResults) {
        int first = page != null ? page.getFirstResult() : firstResult;
        int max = page != null ? page.getMaxResults() : maxResults;
        int from = Math.min(Math.max(first, 0), all.size());
        int to = (int) Math.min((long) from + max, all.size());
        return all.subList(from, to);
    }
}
