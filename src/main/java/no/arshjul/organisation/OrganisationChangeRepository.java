package no.arshjul.organisation;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OrganisationChangeRepository extends JpaRepository<OrganisationChange, Long> {

    List<OrganisationChange> findByOrderByChangedAtDescIdDesc(Pageable page);
}
