package uk.skillsplan.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import java.util.Locale;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Marks every page as British English, so that screen readers pronounce it correctly, and gives
 * every UI the UK locale, so that dates read 31/12/2026 and not 12/31/2026.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", "en-GB"));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
