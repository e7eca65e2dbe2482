package uk.skillsplan.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a service refuses the signed-in person while a page is being opened. */
@PageTitle("Access denied | SkillsPlan")
@AnonymousAllowed
public class ServiceAccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(AccessDeniedView.TITLE, "You do not have access to this information. If you think you should, ask your administrator.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
