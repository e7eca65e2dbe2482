package uk.skillsplan.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every chart shares: ECharts from its webjar, loaded at run time (a URL with {@code ://}, so
 * Vaadin builds no frontend bundle); options sent as a Jackson tree, never as JSON built from
 * strings; one image ({@code role="img"}) named by the page's own words; drawn again when it is
 * attached again. Subclasses build the options.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
abstract class EChart extends Div {

    /**
     * Draws (or redraws) the options on the element. SVG, so the drawing is part of the page (and
     * printable); waits for the script if the browser has not run it yet.
     */
    static final String RENDER = """
            const el = this, options = $0;
            const draw = (tries) => {
              if (!window.echarts) { if (tries < 100) setTimeout(() => draw(tries + 1), 50); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'svg' });
              chart.setOption(options, true);
              if (!el.__spResize) { el.__spResize = new ResizeObserver(() => chart.resize()); el.__spResize.observe(el); }
            };
            draw(0);""";

    private ObjectNode options;

    EChart(String accessibleName) {
        addClassName("sp-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", accessibleName);
    }

    /** Names the chart by its title and the one line that says what it shows, and draws the options. */
    void draw(String name, String summary, ObjectNode chartOptions, double heightRem) {
        getElement().setAttribute("aria-label", name + ". " + summary);
        options = chartOptions;
        setHeight(heightRem + "rem");
        render();
    }

    /** The options last shown (for tests; the browser gets the same tree). */
    public ObjectNode options() {
        return options;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        render();
    }

    private void render() {
        if (options != null && isAttached()) {
            getElement().executeJs(RENDER, options);
        }
    }
}
