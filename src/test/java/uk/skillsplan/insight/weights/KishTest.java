package uk.skillsplan.insight.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import uk.skillsplan.insight.Interval;

/** Kish's effective sample size, the design effect and Wilson's interval with n_eff, against cases worked by hand. */
class KishTest {

    @Test
    void four_responses_weighted_one_one_two_and_four() {
        // sum w = 8, sum w^2 = 1 + 1 + 4 + 16 = 22: n_eff = 64 / 22 = 32 / 11 = 2.9091; deff = 4 / (32 / 11) = 44 / 32 = 1.375.
        assertThat(Kish.effectiveSampleSize(8, 22)).isCloseTo(32.0 / 11, offset(1e-12));
        assertThat(Kish.designEffect(4, 8, 22)).isCloseTo(1.375, offset(1e-12));
    }

    @Test
    void equal_weights_have_no_design_effect() {
        // ten responses of weight 3: n_eff = 30^2 / 90 = 10, deff = 1.
        assertThat(Kish.effectiveSampleSize(30, 90)).isCloseTo(10, offset(1e-12));
        assertThat(Kish.designEffect(10, 30, 90)).isCloseTo(1, offset(1e-12));
    }

    @Test
    void wilson_for_a_half_on_one_hundred() {
        // z = 1.959964, z^2 = 3.841459: centre = (0.5 + 0.019207) / 1.038415 = 0.5;
        // half = 1.959964 * sqrt(0.0025 + 0.000096036) / 1.038415 = 1.959964 * 0.050951 / 1.038415 = 0.096168.
        Interval i = Kish.wilson(0.5, 100, Kish.WILSON_EFFECTIVE);
        assertThat(i.lower()).isCloseTo(0.403832, offset(1e-6));
        assertThat(i.upper()).isCloseTo(0.596168, offset(1e-6));
    }

    @Test
    void wilson_with_the_effective_sample_size_of_the_four_weighted_responses() {
        // The responses weighted 1 and 4 have the trait: p = (1 + 4) / 8 = 0.625, n_eff = 32 / 11.
        // z^2 / n = 3.841459 * 11 / 32 = 1.320502; centre = (0.625 + 0.660251) / 2.320502 = 0.553868;
        // half = 1.959964 * sqrt(0.234375 / 2.909091 + 3.841459 / (4 * 8.462810)) / 2.320502
        //      = 1.959964 * sqrt(0.080566 + 0.113479) / 2.320502 = 1.959964 * 0.440505 / 2.320502 = 0.372066.
        Interval i = Kish.wilson(0.625, Kish.effectiveSampleSize(8, 22), Kish.WILSON_EFFECTIVE);
        assertThat(i.lower()).isCloseTo(0.181802, offset(1e-6));
        assertThat(i.upper()).isCloseTo(0.925933, offset(1e-6));
        assertThat(i.method()).contains("effective sample size");
    }
}
