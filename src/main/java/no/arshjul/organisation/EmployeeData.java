package no.arshjul.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** One employee as the payroll export describes them; {@code leads} holds the codes of the units they lead. */
public record EmployeeData(
        String employeeNumber,
        String userId,
        String firstName,
        String lastName,
        String email,
        LocalDate dateOfBirth,
        String positionTitle,
        BigDecimal employmentPercentage,
        LocalDate startDate,
        String unitCode,
        boolean active,
        Set<String> leads) {
}
