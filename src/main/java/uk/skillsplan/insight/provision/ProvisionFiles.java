package uk.skillsplan.insight.provision;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.insight.ProvisionFigure;
import uk.skillsplan.insight.population.PopulationErrors;
import uk.skillsplan.insight.population.PopulationPreviews;
import uk.skillsplan.response.ImportError;
import uk.skillsplan.response.ImportFileReader;

/** Reads a provision file through the hardened import reader, for one area. */
@Component
public class ProvisionFiles {

    /** A file read for an area: its figures for the latest period, or its problems. */
    public record Read(String period, String layout, boolean summedFromDistricts, List<ProvisionFigure> figures,
                       List<String> notes, PopulationErrors errors) {
    }

    private final ImportFileReader reader;
    private final PopulationPreviews population;
    private final long maxBytes;
    private final int maxRows;

    ProvisionFiles(ImportFileReader reader, PopulationPreviews population,
                   @Value("${skillsplan.provision-import.max-bytes:32MB}") DataSize maxBytes,
                   @Value("${skillsplan.provision-import.max-rows:250000}") int maxRows) {
        this.reader = reader;
        this.population = population;
        this.maxBytes = maxBytes.toBytes();
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Read read(LsipArea area, String fileName, InputStream content) {
        PopulationErrors errors = new PopulationErrors();
        EesProvisionFile file = new EesProvisionFile(population.districts(), area, errors);
        Optional<ImportError> unreadable = reader.readEveryRow(fileName, content, maxBytes, maxRows, file);
        unreadable.ifPresent(errors::add);
        if (unreadable.isEmpty() && !file.headerUsable() && !errors.any()) {
            errors.add(0, "", "", "The file is empty. Upload an Explore Education Statistics CSV file as it was downloaded.");
        }
        if (errors.any()) {
            return new Read(null, null, false, List.of(), List.of(), errors);
        }
        String period = file.latestPeriod();
        if (period == null) {
            errors.add(0, "", "", "The file holds no figures for " + area.name() + ": none of its district or LSIP area "
                    + "rows (with \"Total\" for every other filter) is in this area. Check that it is a file of "
                    + "districts or LSIP areas in England.");
            return new Read(null, null, false, List.of(), file.notes(), errors);
        }
        List<String> notes = new java.util.ArrayList<>(file.notes());
        boolean summed = !file.hasAreaLevel(period);
        if (summed) {
            notes.addFirst("The file has no LSIP area level, so the area's figures are the sums of its districts; a sum "
                    + "with suppressed or small district values is marked incomplete (a lower bound).");
        }
        return new Read(period, file.layout(), summed, file.figures(period), notes, errors);
    }
}
