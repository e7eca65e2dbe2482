package uk.skillsplan.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import uk.skillsplan.base.AttentionProvider;
import uk.skillsplan.base.SignedInUser;
import uk.skillsplan.base.SignedInUserProvider;

/**
 * The frame around every signed-in page: the product name, a side navigation built from the
 * views the signed-in role may open (Vaadin filters menu entries by each view's access
 * annotations), who is signed in and a log-out button; and "Needs you (n)", the count of what waits
 * for the person from every module's {@link AttentionProvider}, recounted on each navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final Anchor needsYou = new Anchor(NotificationsView.PATH, "");
    /**
     * The first thing the Tab key reaches: it moves the focus to the page's own content, past the
     * menu's many links. Hidden until focused. A button, not a link to "#main": the application's
     * base address would turn such a link into a navigation to the home page.
     */
    final NativeButton skipToContent = new NativeButton("Skip to main content");
    private final List<AttentionProvider> attention;

    MainLayout(AuthenticationContext authenticationContext, ObjectProvider<SignedInUserProvider> users,
               List<AttentionProvider> attention) {
        this.attention = attention;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        Anchor brand = new Anchor("", "SkillsPlan");
        brand.addClassName("sp-brand");
        // A banner landmark around the top bar, so that all of the page sits in a landmark.
        needsYou.addClassName("sp-needs-you");
        needsYou.getElement().setAttribute("router-link", true);
        skipToContent.addClassName("sp-skip-link");
        skipToContent.getElement().executeJs("this.addEventListener('click', () => {"
                + "const main = document.querySelector('[role=main]');"
                + "if (main) { main.setAttribute('tabindex', '-1'); main.focus(); } })");
        Header banner = new Header(skipToContent, toggle, brand, needsYou);
        banner.addClassName("sp-banner");
        addToNavbar(banner);

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(toItem(entry)));
        Scroller scroller = new Scroller(nav);
        addToDrawer(scroller, userPanel(authenticationContext, users.getIfAvailable()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        int count = NotificationsView.items(attention).size();
        needsYou.setText("Needs you (" + count + ")");
        needsYou.getElement().setAttribute("aria-label", count == 0 ? "Nothing needs you now"
                : count + (count == 1 ? " thing needs" : " things need") + " you: open the list");
    }

    /**
     * Marks each page as the main landmark: AppLayout's content area is not one, and screen
     * reader users jump to "main" to skip the menu.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private static SideNavItem toItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
        }
        return item;
    }

    private static Footer userPanel(AuthenticationContext auth, SignedInUserProvider provider) {
        Footer footer = new Footer();
        footer.addClassName("sp-user-panel");
        SignedInUser user = provider == null ? null : provider.signedInUser().orElse(null);
        if (user != null) {
            Span name = new Span(user.displayName());
            name.addClassName("sp-user-name");
            Span details = new Span(user.roleLabel()
                    + (user.organisationName() == null ? "" : " · " + user.organisationName()));
            details.addClassName("sp-user-details");
            // The route belongs to the security module, which base cannot depend on: named by its path.
            Anchor changePassword = new Anchor("account/password", "Change password");
            changePassword.addClassName("sp-user-password");
            footer.add(new Div(name), new Div(details), new Div(changePassword));
        }
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        footer.add(logout);
        return footer;
    }
}
