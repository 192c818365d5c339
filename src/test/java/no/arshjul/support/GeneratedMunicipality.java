package no.arshjul.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A made-up municipality of a given size for benchmarks and volume tests, as the bootstrap files
 * (units, payroll export, roles): a rådmann, 5 sectors with a head each, units of about
 * {@code peoplePerUnit} people with a leader each, and «hege» in HR.
 */
public final class GeneratedMunicipality {

    public static final String HR_USER = "hege";

    private final int size;
    private final int unitCount;

    public GeneratedMunicipality(int size, int peoplePerUnit) {
        this.size = size;
        this.unitCount = Math.max(1, size / peoplePerUnit);
    }

    public int size() {
        return size;
    }

    public int unitCount() {
        return unitCount;
    }

    public String unitsCsv() {
        StringBuilder units = new StringBuilder("kode;navn;niva;overordnet\nK;Generert kommune;KOMMUNE;\n");
        for (int s = 1; s <= 5; s++) {
            units.append("S").append(s).append(";Sektor ").append(s).append(";SEKTOR;K\n");
        }
        for (int u = 1; u <= unitCount; u++) {
            units.append("U").append(u).append(";Enhet ").append(u).append(";ENHET;S").append(1 + u % 5).append('\n');
        }
        return units.toString();
    }

    /** The payroll export: everyone active, {@link #size()} rows. */
    public String employeesCsv() {
        return employeesCsv(0, 0);
    }

    /**
     * The next payroll export: every {@code retitleEvery}th person has a new position title (0: none)
     * and {@code hired} people are added at the end.
     */
    public String employeesCsv(int retitleEvery, int hired) {
        StringBuilder people = new StringBuilder("ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;"
                + "stilling;stillingsprosent;startdato;enhet;aktiv;leder_for\n");
        int number = 1;
        people.append(row(number++, "radmann", "K", "K", "Rådmann"));
        for (int s = 1; s <= 5; s++) {
            people.append(row(number++, "sjef" + s, "S" + s, "S" + s, "Kommunalsjef"));
        }
        people.append(row(number++, HR_USER, "S1", "", "HR-rådgiver"));
        for (int u = 1; u <= unitCount; u++) {
            people.append(row(number++, "leder" + u, "U" + u, "U" + u, "Enhetsleder"));
        }
        for (int u = 1; number <= size + hired; u = u % unitCount + 1) {
            String title = retitleEvery > 0 && number % retitleEvery == 0 ? "Spesialist" : "Stilling";
            people.append(row(number, "ansatt" + number, "U" + u, "", title));
            number++;
        }
        return people.toString();
    }

    public String rolesCsv() {
        return "brukernavn;rolle;fagforening\n" + HR_USER + ";hr;\nradmann;radmann;\n";
    }

    /** Writes enheter.csv, ansatte.csv and roller.csv for the start-up bootstrap (arshjul.bootstrap.*). */
    public void writeBootstrapFiles(Path dir) throws IOException {
        Files.writeString(dir.resolve("enheter.csv"), unitsCsv());
        Files.writeString(dir.resolve("ansatte.csv"), employeesCsv());
        Files.writeString(dir.resolve("roller.csv"), rolesCsv());
    }

    private static String row(int number, String user, String unit, String leads, String title) {
        int birthYear = 1960 + number % 40;
        return number + ";" + user + ";Fornavn;Etternavn" + number + ";" + user + "@generert.kommune.no;"
                + birthYear + "-0" + (1 + number % 9) + "-15;" + title + ";100;2015-08-01;" + unit + ";ja;" + leads + "\n";
    }
}
