package uk.skillsplan.demo;

import uk.skillsplan.response.Answers;
import java.util.Comparator;
import java.util.List;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;

/**
 * Makes up the respondents of one synthetic generation, one after another from one seed: a new
 * fictional organisation with its answers, or answers for an organisation the directory already
 * has (consistent with its sector, size and place).
 */
final class SyntheticRespondents {

    /** One respondent: an organisation to create ({@code draft}) or an existing one, and its answers. */
    record Respondent(Long organisationId, OrganisationDraft draft, Answers answers) {

        String name() {
            return draft != null ? draft.name() : "organisation " + organisationId;
        }
    }

    private final OrganisationKind kind;
    private final List<LocalAuthority> places;
    /** Council areas in the order synthetic councils take them: those with no council organisation yet first. */
    private final List<LocalAuthority> councilPlaces;
    private final Draws draws;
    private final SyntheticNames names;
    private int councils;

    SyntheticRespondents(OrganisationKind kind, List<LocalAuthority> places, List<String> ladCodesWithCouncils, long seed) {
        this.kind = kind;
        this.places = places;
        this.councilPlaces = places.stream()
                .sorted(Comparator.comparing((LocalAuthority la) -> ladCodesWithCouncils.contains(la.ladCode()))).toList();
        this.draws = new Draws(seed);
        this.names = new SyntheticNames(seed);
    }

    /** The kind of organisation that answers the questionnaire. */
    OrganisationKind kind() {
        return kind;
    }

    Draws draws() {
        return draws;
    }

    /** A new fictional organisation of the round's kind, somewhere in its area, and its answers. */
    Respondent invent() {
        return switch (kind) {
            case EMPLOYER -> {
                EmployerFacts facts = SyntheticEmployers.draw(draws, places);
                String name = names.employer(facts.sic(), placeName(facts.ladCode()),
                        facts.size().compareTo(SizeBand.MEDIUM) >= 0);
                yield new Respondent(null, new OrganisationDraft(kind, name, facts.ladCode(), facts.sic(), facts.size(), null),
                        SyntheticEmployerAnswers.answer(facts, draws));
            }
            case PROVIDER -> {
                String type = SyntheticProviderAnswers.TYPES.get(draws.weighted(SyntheticProviderAnswers.TYPE_WEIGHTS));
                LocalAuthority place = SyntheticEmployers.place(draws, places);
                yield new Respondent(null, new OrganisationDraft(kind, names.provider(type), place.ladCode(),
                        null, null, null), SyntheticProviderAnswers.answer(type, place.ladCode(), draws));
            }
            case COUNCIL -> {
                LocalAuthority place = councilPlaces.get(councils++ % councilPlaces.size());
                yield new Respondent(null, new OrganisationDraft(kind, names.council(place.name()), place.ladCode(), null,
                        null, null), SyntheticCouncilAnswers.answer(place.ladCode(), draws));
            }
            case ERB -> throw new IllegalArgumentException("ERBs run surveys; they do not answer them.");
        };
    }

    /** Answers for an organisation the directory already has, fitting what it knows about it. */
    Respondent answerFor(OrganisationSummary organisation) {
        Answers answers = switch (organisation.kind()) {
            case EMPLOYER -> {
                SizeBand size = organisation.sizeBand() == null ? SizeBand.MICRO : organisation.sizeBand();
                yield SyntheticEmployerAnswers.answer(new EmployerFacts(organisation.sicSection(), size,
                        SyntheticEmployers.employment(size, draws), organisation.ladCode()), draws);
            }
            case PROVIDER -> SyntheticProviderAnswers.answer(SyntheticProviderAnswers.typeFromName(organisation.name(), draws),
                    organisation.ladCode(), draws);
            case COUNCIL -> SyntheticCouncilAnswers.answer(organisation.ladCode(), draws);
            case ERB -> throw new IllegalArgumentException("ERBs run surveys; they do not answer them.");
        };
        return new Respondent(organisation.id(), null, answers);
    }

    private String placeName(String ladCode) {
        return places.stream().filter(la -> la.ladCode().equals(ladCode)).map(LocalAuthority::name).findFirst()
                .orElse(ladCode);
    }
}
