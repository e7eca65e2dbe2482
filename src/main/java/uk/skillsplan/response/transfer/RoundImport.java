package uk.skillsplan.response.transfer;

import uk.skillsplan.response.answering.AnswerValidator;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.ResponseStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.response.answering.SubmittedResponseWriter.Submission;
import uk.skillsplan.response.domain.Response;
import uk.skillsplan.response.domain.ResponseRepository;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Checks the rows of one import file for a round and collects the responses to write. Every row is
 * checked even after a problem, so that one report lists everything to correct; nothing is written
 * here. Memory grows with the file (whose size is limited), not with the round.
 */
public final class RoundImport implements RowHandler {

    private final SurveyRoundSummary round;
    private final ResponseColumns columns;
    private final AnswerValidator validator;
    private final ImportOrganisations organisations;
    private final ResponseRepository responses;
    private final ImportErrors errors;
    private final Map<Long, Integer> rowOfOrganisation = new HashMap<>();
    private final List<Submission> submissions = new ArrayList<>();
    private boolean headerSeen;
    private ImportHeader header;
    private RowConverter converter;

    public RoundImport(SurveyRoundSummary round, ResponseColumns columns, AnswerValidator validator,
                ImportOrganisations organisations, ResponseRepository responses, ImportErrors errors) {
        this.round = round;
        this.columns = columns;
        this.validator = validator;
        this.organisations = organisations;
        this.responses = responses;
        this.errors = errors;
    }

    @Override
    public void header(int rowNumber, List<String> names) {
        headerSeen = true;
        ImportHeader.read(rowNumber, names, columns, errors).ifPresent(read -> {
            header = read;
            converter = new RowConverter(columns, validator, read);
        });
    }

    @Override
    public void row(int rowNumber, List<String> values) {
        if (header == null) {
            return; // the header was refused: its problems are reported, and rows cannot be read without it
        }
        int before = errors.count();
        ImportOrganisations.Found found = organisations.find(header.organisationId(values), header.companiesHouseNumber(values));
        Long replaces = null;
        if (found.organisation() == null) {
            errors.add(rowNumber, found.column(), found.value(), found.problem());
        } else {
            replaces = checkNotYetAnswered(rowNumber, found.organisation()).orElse(null);
        }
        Optional<Answers> answers = converter.convert(rowNumber, values, errors);
        if (errors.count() == before && answers.isPresent()) {
            submissions.add(new Submission(round.id(), found.organisation().id(), answers.get(), replaces));
        }
    }

    public boolean headerSeen() {
        return headerSeen;
    }

    public List<Submission> submissions() {
        return submissions;
    }

    /**
     * An organisation may appear once per file, and an import may replace only an earlier import:
     * answers given online or entered on the organisation's behalf are its own and are kept.
     * Returns the earlier imported response to replace, if any.
     */
    private Optional<Long> checkNotYetAnswered(int rowNumber, OrganisationSummary organisation) {
        String id = String.valueOf(organisation.id());
        Integer earlierRow = rowOfOrganisation.putIfAbsent(organisation.id(), rowNumber);
        if (earlierRow != null) {
            errors.add(rowNumber, ResponseColumns.ORGANISATION_ID, id, organisation.name() + " is also in row " + earlierRow
                    + ". Keep one row per organisation.");
            return Optional.empty();
        }
        Optional<Response> existing = responses.findByRoundIdAndOrganisationId(round.id(), organisation.id());
        if (existing.isPresent() && existing.get().getCollectionMode() == CollectionMode.IMPORTED
                && existing.get().getStatus() != ResponseStatus.SUBMITTED) {
            // Someone changed the imported answers and has not submitted the change: never overwrite it.
            Response changed = existing.get();
            errors.add(rowNumber, ResponseColumns.ORGANISATION_ID, id, organisation.name() + "'s imported answers were "
                    + "changed" + (changed.getLastEditedByName() == null ? "" : " by " + changed.getLastEditedByName())
                    + " and the changes are not submitted yet; an import would overwrite them. Have the changes "
                    + "submitted first, or remove this row.");
            return Optional.empty();
        }
        if (existing.isEmpty() || existing.get().getCollectionMode() == CollectionMode.IMPORTED) {
            return existing.map(Response::getId);
        }
        String how = existing.get().getCollectionMode() == CollectionMode.ONLINE ? "has already answered online"
                : "already has answers entered on its behalf";
        errors.add(rowNumber, ResponseColumns.ORGANISATION_ID, id, organisation.name() + " " + how + " (or has started "
                + "to); those answers are kept and an import cannot replace them. Remove this row.");
        return Optional.empty();
    }
}
