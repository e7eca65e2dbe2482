package uk.skillsplan.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page shell: Lumo look, our stylesheet and the page-head settings shared by every view. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://frontend/styles/skillsplan.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "SkillsPlan: skills surveys and Local Skills Improvement Plans");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
