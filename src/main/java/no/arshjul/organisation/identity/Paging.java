package no.arshjul.organisation.identity;

import org.camunda.bpm.engine.impl.Page;

import java.util.List;

final class Paging {

    private Paging() {
    }

    static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(page.getFirstResult(), all.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
        return all.subList(from, to);
    }
}
