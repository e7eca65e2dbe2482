package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * A plain HTML form that posts to the server outside Vaadin (as the sign-in page's form does), with
 * Spring Security's CSRF token: the personal link's page posts its token to the one-time-token sign-in.
 */
@Tag("form")
class PostForm extends HtmlContainer {

    PostForm(String action) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getHttpServletRequest().getAttribute(CsrfToken.class.getName())
                instanceof CsrfToken csrf) {
            hidden(csrf.getParameterName(), csrf.getToken());
        }
    }

    void hidden(String name, String value) {
        Input input = new Input();
        input.setType("hidden");
        input.getElement().setAttribute("name", name);
        input.setValue(value);
        add(input);
    }
}
