package uk.skillsplan.response.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.Benchmarks;

/**
 * What one Vaadin component of the kinds a survey page is made of keeps on the heap once attached
 * to a UI (Karibu, no Spring, the development-mode component tracker off as in production): N of a
 * kind are attached, the client round trip is run and the changes are taken, and the heap in use
 * after full collections is compared. It explains the heap per open survey page measured by
 * {@link SessionMemoryBenchmarkTest}: the floor that the page's questions cost with these
 * components. Not part of {@code ./mvnw verify}: see docs/benchmarks.md.
 */
@Tag("benchmark")
class VaadinComponentWeightBenchmarkTest {

    private static final int N = Integer.getInteger("skillsplan.benchmark.components", 400);
    private static final List<String> FOUR = List.of("A", "B", "C", "D");

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void heap_per_component() throws ReflectiveOperationException {
        java.lang.reflect.Field disabled = com.vaadin.flow.component.internal.ComponentTracker.class
                .getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
        MockVaadin.setup();
        Benchmarks.report("component weight: %s; %d of each kind attached to one UI", Benchmarks.jvm(), N);
        measure("Span with text", () -> new Span("Progress: 22% answered"));
        measure("Button with text and click listener", () -> new Button("Next: Who you recruit", click -> {
        }));
        measure("IntegerField as a question (label, helper, id, listener, value)", () -> {
            IntegerField field = new IntegerField();
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.setLabel("How many of your staff are on permanent contracts?");
            field.setHelperText("A number from 0 to 100000.");
            field.setRequiredIndicatorVisible(true);
            field.setId("q-JQ_PERMANENT");
            field.addValueChangeListener(event -> {
            });
            field.setValue(120);
            return field;
        });
        measure("IntegerField, nothing set", IntegerField::new);
        measure("TextField, nothing set", TextField::new);
        measure("RadioButtonGroup, no options", RadioButtonGroup<String>::new);
        measure("RadioButtonGroup, 4 options, labels by the default text renderer", () -> {
            RadioButtonGroup<String> radios = new RadioButtonGroup<>();
            radios.setItems(FOUR);
            radios.setItemLabelGenerator(code -> "Label " + code);
            return radios;
        });
        measure("RadioButtonGroup, 4 options, labels as text nodes (as the survey page)", () -> {
            RadioButtonGroup<String> radios = new RadioButtonGroup<>();
            radios.setItems(FOUR);
            radios.setRenderer(new ComponentRenderer<>(code -> new Text("Label " + code)));
            return radios;
        });
        measure("CheckboxGroup, no options", CheckboxGroup<String>::new);
        measure("CheckboxGroup, 4 options", () -> {
            CheckboxGroup<String> boxes = new CheckboxGroup<>();
            boxes.setItems(FOUR);
            boxes.setItemLabelGenerator(code -> "Label " + code);
            return boxes;
        });
    }

    private static void measure(String what, Supplier<Component> factory) {
        UI ui = UI.getCurrent();
        for (int i = 0; i < 50; i++) { // class loading and caches first
            Div warmUp = new Div(factory.get());
            ui.add(warmUp);
            ui.remove(warmUp);
        }
        settle(ui);
        long before = usedAfterGc();
        Div holder = new Div();
        ui.add(holder);
        List<Component> kept = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Component component = factory.get();
            holder.add(component);
            kept.add(component);
        }
        settle(ui);
        long with = usedAfterGc();
        Benchmarks.report("component weight: %-70s %5.2f KB each", what, (with - before) / 1024.0 / kept.size());
        ui.remove(holder);
        settle(ui);
    }

    /** As after the server's response to the browser: pending work run, changes taken. */
    private static void settle(UI ui) {
        MockVaadin.clientRoundtrip(false);
        ui.getInternals().getStateTree().collectChanges(change -> {
        });
    }

    private static long usedAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
