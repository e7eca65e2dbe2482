package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.textfield.TextField;

/**
 * A field hidden from people (off-screen, out of the tab order, hidden from screen readers) that robots
 * filling every field fill in; a request with it filled is quietly dropped.
 */
final class Honeypot {

    private Honeypot() {
    }

    static TextField field() {
        TextField field = new TextField("Website (leave empty)");
        field.addClassName("sp-honeypot");
        field.getElement().setAttribute("aria-hidden", "true");
        field.getElement().setAttribute("tabindex", "-1");
        field.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden");
        field.setTabIndex(-1);
        return field;
    }
}
