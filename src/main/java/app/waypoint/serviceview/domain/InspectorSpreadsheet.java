package app.waypoint.serviceview.domain;

import app.waypoint.people.staff.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The inspector's list of care leavers as a spreadsheet (xlsx), from the same rows as the CSV ({@link InspectorList#rows}): a
 * bold header row, frozen and with filters, then a row per young person. Days are date cells shown dd/MM/yyyy, ages numbers,
 * and everything else a text cell, which a spreadsheet never runs as a formula whatever it starts with. Written with Apache
 * POI's streaming workbook, which keeps {@link #ROWS_IN_MEMORY} rows in memory and the rest in a temporary file (deleted after),
 * so memory stays the same however many young people the list has.
 */
@ApplicationScoped
public class InspectorSpreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int ROWS_IN_MEMORY = 100;
    private static final String SHEET = "Care leavers";
    /** Column widths in characters: at least this, else the header's length. */
    private static final int NARROWEST = 12;

    private final InspectorList list;

    InspectorSpreadsheet(InspectorList list) {
        this.list = list;
    }

    /** The whole list for the caller and the period as an xlsx file to {@code out}; 403 as the list for anyone but a manager or an administrator. */
    public void write(Caller caller, ListPeriod period, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            List<InspectorList.Column> columns = list.columns();
            header(workbook, sheet, columns);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            int[] next = {1};
            list.rows(caller, period, values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    value(row.createCell(i), values.get(i), day);
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next[0] - 1, 0), 0, columns.size() - 1));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void header(SXSSFWorkbook workbook, SXSSFSheet sheet, List<InspectorList.Column> columns) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, Math.max(NARROWEST, columns.get(i).header().length() + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void value(Cell cell, Object value, CellStyle day) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(day);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null && !value.toString().isEmpty()) {
            cell.setCellValue(value.toString());
        }
    }
}
