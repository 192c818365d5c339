package no.arshjul.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Årshjul's one-pass order of rows that refer to rows of the same kind must satisfy the same rule as
 * the engine's own order, on trees of executions as a launch makes them and on random ones.
 */
class ReferenceOrderTest {

    private final ReferenceOrder ours = new ReferenceOrder();
    private final EngineOrder engines = new EngineOrder();

    @Test
    void newRowsComeAfterTheRowsTheyReferToAsInTheEngine() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            SortedSet<DbEntityOperation> writes = randomTree(random, DbOperationType.INSERT, 1 + random.nextInt(60));

            assertReferencedFirst(engines.sort(writes), writes);
            assertReferencedFirst(ours.sortByReferences(writes), writes);
        }
    }

    @Test
    void deletedRowsComeAfterTheRowsThatReferToThemAsInTheEngine() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            SortedSet<DbEntityOperation> writes = randomTree(random, DbOperationType.DELETE, 1 + random.nextInt(60));

            assertReferrersFirst(engines.sort(writes), writes);
            assertReferrersFirst(ours.sortByReferences(writes), writes);
        }
    }

    @Test
    void aLaunchSizedCommandIsOrdered() {
        // a launch command: 250 process instances, each with two child executions and a scope below one
        SortedSet<DbEntityOperation> writes = new TreeSet<>(DbOperationManager.INSERT_OPERATION_COMPARATOR);
        Random random = new Random(14);
        for (int instance = 0; instance < 250; instance++) {
            String root = randomId(random);
            writes.add(write(DbOperationType.INSERT, root, Set.of()));
            String child = randomId(random);
            writes.add(write(DbOperationType.INSERT, child, Set.of(root)));
            writes.add(write(DbOperationType.INSERT, randomId(random), Set.of(root)));
            writes.add(write(DbOperationType.INSERT, randomId(random), Set.of(root, child)));
        }

        assertReferencedFirst(ours.sortByReferences(writes), writes);
    }

    @Test
    void rowsWithoutReferencesKeepTheEnginesOrder() {
        SortedSet<DbEntityOperation> writes = new TreeSet<>(DbOperationManager.INSERT_OPERATION_COMPARATOR);
        for (String id : List.of("c", "a", "d", "b")) {
            writes.add(write(DbOperationType.INSERT, id, null));
        }

        assertThat(ours.sortByReferences(writes)).containsExactlyElementsOf(writes);
    }

    @Test
    void aReferenceToARowOutsideTheCommandDoesNotMoveAnything() {
        SortedSet<DbEntityOperation> writes = new TreeSet<>(DbOperationManager.INSERT_OPERATION_COMPARATOR);
        writes.add(write(DbOperationType.INSERT, "a", Set.of("already-saved")));
        writes.add(write(DbOperationType.INSERT, "b", Set.of("a")));

        assertThat(ours.sortByReferences(writes)).containsExactlyElementsOf(writes);
    }

    private static void assertReferencedFirst(List<DbEntityOperation> ordered, SortedSet<DbEntityOperation> writes) {
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(writes);
        Set<String> written = new HashSet<>();
        Set<String> inCommand = ids(writes);
        for (DbEntityOperation write : ordered) {
            for (String referenced : write.getFlushRelevantEntityReferences()) {
                if (inCommand.contains(referenced)) {
                    assertThat(written).as("%s is written after %s", write, referenced).contains(referenced);
                }
            }
            written.add(write.getEntity().getId());
        }
    }

    private static void assertReferrersFirst(List<DbEntityOperation> ordered, SortedSet<DbEntityOperation> writes) {
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(writes);
        Set<String> written = new HashSet<>();
        for (DbEntityOperation write : ordered) {
            for (String referenced : write.getFlushRelevantEntityReferences()) {
                assertThat(written).as("%s is deleted before %s", write, referenced).doesNotContain(referenced);
            }
            written.add(write.getEntity().getId());
        }
    }

    /** A forest: each row refers to its parent and to its root, as executions refer to their process instance. */
    private static SortedSet<DbEntityOperation> randomTree(Random random, DbOperationType type, int size) {
        SortedSet<DbEntityOperation> writes = new TreeSet<>(DbOperationManager.INSERT_OPERATION_COMPARATOR);
        List<String> ids = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = randomId(random);
            Set<String> references = new HashSet<>();
            if (!ids.isEmpty() && random.nextInt(4) > 0) {
                int parent = random.nextInt(ids.size());
                references.add(ids.get(parent));
                references.add(roots.get(parent));
                roots.add(roots.get(parent));
            } else {
                roots.add(id);
            }
            if (random.nextInt(5) == 0) {
                references.add("outside-" + i);
            }
            ids.add(id);
            writes.add(write(type, id, references));
        }
        return writes;
    }

    private static String randomId(Random random) {
        return Integer.toString(random.nextInt(1_000_000_000), 36) + "-" + random.nextInt(1000);
    }

    private static Set<String> ids(SortedSet<DbEntityOperation> writes) {
        Set<String> ids = new HashSet<>();
        writes.forEach(write -> ids.add(write.getEntity().getId()));
        return ids;
    }

    private static DbEntityOperation write(DbOperationType type, String id, Set<String> references) {
        ExecutionEntity execution = new ExecutionEntity();
        execution.setId(id);
        DbEntityOperation write = new DbEntityOperation();
        write.setOperationType(type);
        write.setEntity(execution);
        write.setFlushRelevantEntityReferences(references);
        return write;
    }

    private static final class EngineOrder extends DbOperationManager {
        List<DbEntityOperation> sort(SortedSet<DbEntityOperation> preSorted) {
            return sortByReferences(preSorted);
        }
    }
}
