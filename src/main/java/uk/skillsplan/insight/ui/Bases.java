package uk.skillsplan.insight.ui;

import uk.skillsplan.insight.Figure;

/** The base shown beside a figure: responding organisations, already rounded to 5 by disclosure control. */
final class Bases {

    private Bases() {
    }

    static String of(Figure figure) {
        if (figure.suppressed() && figure.base() == 0) {
            return "fewer than 5";
        }
        return String.valueOf(figure.base());
    }
}
