package uk.skillsplan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** A plain, friendly error page without a stack trace; shared by the error views. */
abstract class ErrorPage extends Main {

    protected void show(String title, String explanation) {
        removeAll();
        addClassName("sp-error-page");
        add(new H1(title), new Paragraph(explanation), new Anchor("", "Go to your home page"));
    }
}
