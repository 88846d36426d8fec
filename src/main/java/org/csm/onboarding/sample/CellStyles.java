package org.csm.onboarding.sample;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/// Cell styles shared by both sheets, one per number format: a workbook holds at most 64,000
/// styles, so a style must never be created per cell.
final class CellStyles {

    private final Workbook workbook;
    private final Map<String, CellStyle> byFormat = new HashMap<>();
    private final CellStyle header;

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
    }

    CellStyle header() {
        return header;
    }

    CellStyle number(String format) {
        return byFormat.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }
}
