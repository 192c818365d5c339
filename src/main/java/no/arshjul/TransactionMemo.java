package no.arshjul;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers remembered until the current transaction ends. A launch batch starts hundreds of processes in
 * one transaction, and each new task asks for the same person, leader and calendar several times
 * (its title, its notice, its timers); asked again, the answer comes from here instead of a query,
 * and the query's flush of everything the batch has changed so far. Remembered are only managed
 * entities (which show changes made later in the same transaction) or what is written nowhere else;
 * a write that changes an answer {@linkplain #forget forgets} its kind. Outside a transaction
 * nothing is remembered.
 */
public final class TransactionMemo {

    private static final Object RESOURCE = TransactionMemo.class;

    private TransactionMemo() {
    }

    /**
     * The remembered answer if it {@code stillHolds} (an entity still managed, still with that key),
     * or else the one {@code compute} gives, remembered when present.
     */
    public static <T> Optional<T> get(String kind, Object key, Predicate<T> stillHolds, Supplier<Optional<T>> compute) {
        Map<Object, Object> memo = memo(kind);
        if (memo == null || key == null) {
            return compute.get();
        }
        @SuppressWarnings("unchecked")
        T known = (T) memo.get(key);
        if (known != null && stillHolds.test(known)) {
            return Optional.of(known);
        }
        Optional<T> answer = compute.get();
        answer.ifPresent(value -> memo.put(key, value));
        return answer;
    }

    /** Remembers answers looked up in bulk, so that the single questions that follow find them. */
    public static void putAll(String kind, Map<?, ?> answers) {
        Map<Object, Object> memo = memo(kind);
        if (memo != null) {
            memo.putAll(answers);
        }
    }

    /** The answer remembered (put there in bulk), without asking anyone. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> remembered(String kind, Object key) {
        Map<Object, Object> memo = memo(kind);
        return memo == null ? Optional.empty() : Optional.ofNullable((T) memo.get(key));
    }

    /** Forgets every answer of this kind, after a write that may change them. */
    public static void forget(String kind) {
        Map<Object, Object> memo = memo(kind);
        if (memo != null) {
            memo.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> memo(String kind) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Map<Object, Object>> kinds =
                (Map<String, Map<Object, Object>>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (kinds == null) {
            Map<String, Map<Object, Object>> bound = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // an inner REQUIRES_NEW transaction gets a memo of its own while this one waits
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(RESOURCE);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(RESOURCE, bound);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            kinds = bound;
        }
        return kinds.computeIfAbsent(kind, k -> new HashMap<>());
    }
}
