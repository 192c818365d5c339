package no.arshjul.cycle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

public interface LaunchItemRepository extends JpaRepository<LaunchItem, Long> {

    /**
     * A batch's items with their people, units and the units' leaders, in one query: nothing is
     * looked up per employee (the leader decides who confirms and who holds the talk).
     */
    @Query("select i from LaunchItem i join fetch i.employee e join fetch e.unit u left join fetch u.leader "
            + "where i.year = :year and i.batchNo = :batchNo and i.status = :status order by i.id")
    List<LaunchItem> findBatchWithEmployees(int year, int batchNo, LaunchItem.Status status);

    /**
     * Takes the row locks of a batch's pending items, so that the same batch run twice at once (the
     * job and HR's relaunch, or two nodes) runs once: the second waits, then finds the items done.
     * A lock, not an update: no new row versions for a batch of hundreds.
     */
    @Query(nativeQuery = true, value = "select id from launch_item "
            + "where cycle_year = :year and batch_no = :batchNo and status = 'PENDING' for update")
    List<Long> lockPending(int year, int batchNo);

    /**
     * Adds every active employee not yet in the year's launch, numbered into batches of batchSize in
     * the order of their ids from firstBatch on, in one statement (no row per round trip, no entity
     * per employee in memory); returns how many were added.
     */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = "insert into launch_item (cycle_year, employee_id, batch_no, status, updated_at) "
            + "select :year, e.id, :firstBatch + (row_number() over (order by e.id) - 1) / :batchSize, 'PENDING', :now "
            + "from employee e where e.active "
            + "and not exists (select 1 from launch_item i where i.cycle_year = :year and i.employee_id = e.id)")
    int addActiveEmployeesNotPlanned(int year, int firstBatch, int batchSize, Instant now);

    @Query("select max(i.batchNo) from LaunchItem i where i.year = :year")
    Integer findLastBatchNumber(int year);

    List<LaunchItem> findByYearAndStatusOrderByIdAsc(int year, LaunchItem.Status status);

    long countByYear(int year);

    long countByYearAndStatus(int year, LaunchItem.Status status);


    @Query("select i.employee.id from LaunchItem i where i.year = :year and i.employee.id in :employeeIds")
    Set<Long> findEmployeeIdsByYearAmong(int year, Collection<Long> employeeIds);

    @Query("select distinct i.batchNo from LaunchItem i where i.year = :year and i.status = 'PENDING' order by i.batchNo")
    List<Integer> findPendingBatchNumbers(int year);
}
