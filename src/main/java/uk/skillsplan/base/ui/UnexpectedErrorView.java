package uk.skillsplan.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure while opening a page: logged with a reference, never shown as a stack trace. */
@PageTitle("Something went wrong | SkillsPlan")
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error opening {} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        show("Something went wrong", "The page could not be opened. Please try again; if it keeps happening, "
                + "tell your administrator the reference " + reference + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
