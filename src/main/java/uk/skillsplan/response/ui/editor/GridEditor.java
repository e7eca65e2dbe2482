package uk.skillsplan.response.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.skillsplan.response.Cell;
import uk.skillsplan.survey.ColumnDefinition;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;

/**
 * An occupation grid as a real HTML table of number fields: rows are occupation groups, columns
 * are measures. Each field is labelled with its row and column for screen readers; the table
 * scrolls sideways on a phone.
 */
class GridEditor implements QuestionEditor {

    private final QuestionDefinition question;
    private final Div wrapper = new Div();
    private final Paragraph error = new Paragraph();
    private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();

    GridEditor(QuestionDefinition question, List<OptionDefinition> rows) {
        this.question = question;
        wrapper.addClassName("sp-question");
        wrapper.setId("q-" + question.code());
        Span label = new Span(QuestionEditors.label(question));
        label.addClassName("sp-grid-label");
        label.setId("q-" + question.code() + "-label");
        wrapper.add(label);
        if (question.help() != null) {
            Paragraph help = new Paragraph(question.help());
            help.addClassName("sp-help");
            wrapper.add(help);
        }
        NativeTable table = new NativeTable();
        table.getElement().setAttribute("aria-labelledby", "q-" + question.code() + "-label");
        NativeTableRow header = new NativeTableRow(new NativeTableHeaderCell("Occupation group"));
        question.columns().forEach(column -> header.add(new NativeTableHeaderCell(column.label())));
        table.add(new NativeTableHeader(header));
        NativeTableBody body = new NativeTableBody();
        for (OptionDefinition row : rows) {
            NativeTableHeaderCell rowHeader = new NativeTableHeaderCell(row.label());
            rowHeader.getElement().setAttribute("scope", "row");
            NativeTableRow tableRow = new NativeTableRow(rowHeader);
            for (ColumnDefinition column : question.columns()) {
                BigDecimalField field = new BigDecimalField();
                field.setAriaLabel(column.label() + ", " + row.label());
                field.addClassName("sp-grid-field");
                fields.put(key(row.code(), column.code()), field);
                tableRow.add(new NativeTableCell(field));
            }
            body.add(tableRow);
        }
        table.add(body);
        Div scroller = new Div(table);
        scroller.addClassName("sp-grid-scroller");
        error.addClassName("sp-form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        wrapper.add(scroller, error);
    }

    private static String key(String row, String column) {
        return row + "\u0000" + column;
    }

    @Override
    public QuestionDefinition question() {
        return question;
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public List<Cell> value() {
        List<Cell> cells = new ArrayList<>();
        fields.forEach((key, field) -> {
            BigDecimal value = field.getValue();
            if (value != null) {
                String[] parts = key.split("\u0000");
                cells.add(Cell.grid(parts[0], parts[1], value));
            }
        });
        return cells;
    }

    @Override
    public void setValue(List<Cell> cells) {
        fields.values().forEach(BigDecimalField::clear);
        for (Cell cell : cells) {
            BigDecimalField field = fields.get(key(cell.rowKey(), cell.columnKey()));
            if (field != null && cell.number() != null) {
                field.setValue(cell.number().stripTrailingZeros());
            }
        }
    }

    @Override
    public void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    @Override
    public void onChange(Runnable listener) {
        fields.values().forEach(field -> field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        }));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }
}
