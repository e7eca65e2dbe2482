package uk.skillsplan.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import uk.skillsplan.base.NotFoundException;

/** Shown when a page asks a service for something that does not exist. */
@PageTitle("Not found | SkillsPlan")
@AnonymousAllowed
public class RecordNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Not found", parameter.getException().getMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
