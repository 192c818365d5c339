package no.arshjul.leader;

import no.arshjul.cycle.Step;
import no.arshjul.cycle.StepState;
import no.arshjul.leader.LeaderOverviewService.EmployeeRow;
import no.arshjul.leader.LeaderOverviewService.LeaderOverview;
import no.arshjul.leader.LeaderOverviewService.UnitOverview;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The leader overview as an Excel workbook: one row per employee, one column per step, as on the page. */
@Component
class OverviewWorkbook {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Unit, name, position, late, waiting for the leader, certificates expiring; then one column per step. */
    private static final int FIXED_COLUMNS = 6;

    private final MessageSource messages;

    OverviewWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(LeaderOverview overview, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("leader.export.sheet", locale) + " " + overview.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            String[] columns = {text("leader.unit", locale), text("leader.employee", locale),
                    text("leader.position", locale), text("leader.late", locale), text("leader.needsMe", locale),
                    text("leader.expiring", locale)};
            int col = 0;
            for (String column : columns) {
                header.createCell(col++).setCellValue(column);
            }
            for (Step step : Step.values()) {
                header.createCell(col++).setCellValue(text("step." + step, locale));
            }
            header.forEach(cell -> cell.setCellStyle(bold));
            int rowIndex = 1;
            for (UnitOverview unit : overview.units()) {
                for (EmployeeRow employee : unit.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    row.createCell(0).setCellValue(unit.name());
                    row.createCell(1).setCellValue(employee.name());
                    row.createCell(2).setCellValue(employee.position());
                    row.createCell(3).setCellValue(yesNo(employee.late(), locale));
                    row.createCell(4).setCellValue(yesNo(employee.needsMe(), locale));
                    row.createCell(5).setCellValue(expiring(employee, locale));
                    int c = FIXED_COLUMNS;
                    for (Step step : Step.values()) {
                        row.createCell(c++).setCellValue(cell(employee.steps().get(step), locale));
                    }
                }
            }
            int lastColumn = FIXED_COLUMNS + Step.values().length - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, lastColumn));
            sheet.createFreezePane(2, 1);
            for (int i = 0; i <= lastColumn; i++) {
                sheet.setColumnWidth(i, 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "arshjul-oversikt-2026.xlsx": what the download is saved as. */
    String fileName(LeaderOverview overview, Locale locale) {
        return messages.getMessage("leader.export.fileName", new Object[]{String.valueOf(overview.year())}, locale);
    }

    /**
     * "Forsinket (frist 31.03.2026): Medarbeideren har ikke sendt inn forberedelsen": the status, the
     * deadline it missed and the reason, as the page shows them.
     */
    String cell(StepState state, Locale locale) {
        String status = text("status." + state.status(), locale);
        if (state.due() != null) {
            status += " (" + text("leader.due", locale) + " " + DATE.format(state.due()) + ")";
        }
        String reason = messages.getMessage("progress.detail." + state.detail(), new Object[]{state.count()}, locale);
        return status + ": " + reason;
    }

    /** "Førstehjelpskurs gikk ut 12.03.2026; Truckførerbevis går ut 01.03.2027", as the page's badges say it. */
    private String expiring(EmployeeRow employee, Locale locale) {
        return employee.expiringCertificates().stream()
                .map(c -> messages.getMessage(c.expired() ? "competence.expiry.leaderExpired" : "competence.expiry.leaderExpiring",
                        new Object[]{c.title(), DATE.format(c.validUntil())}, locale))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private String yesNo(boolean value, Locale locale) {
        return text(value ? "leader.yes" : "leader.no", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
