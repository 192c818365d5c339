package no.arshjul.cycle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Set;

public interface LaunchItemRepository extends JpaRepository<LaunchItem, Long> {

    List<LaunchItem> findByYearAndBatchNoAndStatusOrderByIdAsc(int year, int batchNo, LaunchItem.Status status);

    List<LaunchItem> findByYearAndStatusOrderByIdAsc(int year, LaunchItem.Status status);

    long countByYear(int year);

    long countByYearAndStatus(int year, LaunchItem.Status status);

    @Query("select i.employee.id from LaunchItem i where i.year = :year")
    Set<Long> findEmployeeIdsByYear(int year);

    @Query("select i.employee.id from LaunchItem i where i.year = :year and i.employee.id in :employeeIds")
    Set<Long> findEmployeeIdsByYearAmong(int year, Collection<Long> employeeIds);

    @Query("select distinct i.batchNo from LaunchItem i where i.year = :year and i.status = 'PENDING' order by i.batchNo")
    List<Integer> findPendingBatchNumbers(int year);
}
