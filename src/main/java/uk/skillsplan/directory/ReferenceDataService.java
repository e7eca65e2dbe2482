package uk.skillsplan.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.skillsplan.directory.domain.ReferenceDataRepository;

/**
 * Geography and classifications (ONS/DfE data, Open Government Licence v3.0). Public reference
 * data: no authorisation needed. Small lists are read once and kept; they never change at run time.
 */
@Service
public class ReferenceDataService {

    public static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government "
            + "Licence v3.0 (ONS, DfE).";

    private final ReferenceDataRepository repository;
    private volatile List<LocalAuthority> localAuthorities;
    private volatile List<LsipArea> areas;
    private volatile List<SocGroup> socMajorGroups;
    private volatile List<SicSection> sicSections;
    private volatile java.util.Set<String> occupationCodes;

    ReferenceDataService(ReferenceDataRepository repository) {
        this.repository = repository;
    }

    public List<LsipArea> areas() {
        if (areas == null) {
            areas = List.copyOf(repository.areas());
        }
        return areas;
    }

    public Optional<LsipArea> area(String code) {
        return areas().stream().filter(area -> area.code().equals(code)).findFirst();
    }

    public List<LocalAuthority> localAuthorities() {
        if (localAuthorities == null) {
            localAuthorities = List.copyOf(repository.localAuthorities());
        }
        return localAuthorities;
    }

    public List<LocalAuthority> localAuthoritiesIn(String lsipCode) {
        return localAuthorities().stream().filter(la -> la.lsipCode().equals(lsipCode)).toList();
    }

    public Optional<LocalAuthority> localAuthority(String ladCode) {
        return localAuthorities().stream().filter(la -> la.ladCode().equals(ladCode)).findFirst();
    }

    public Map<String, LocalAuthority> localAuthoritiesByCode() {
        return localAuthorities().stream().collect(Collectors.toMap(LocalAuthority::ladCode, Function.identity()));
    }

    public List<SicSection> sicSections() {
        if (sicSections == null) {
            sicSections = List.copyOf(repository.sicSections());
        }
        return sicSections;
    }

    public List<SocGroup> socMajorGroups() {
        if (socMajorGroups == null) {
            socMajorGroups = List.copyOf(repository.socMajorGroups());
        }
        return socMajorGroups;
    }

    /** Whether the code is a SOC 2020 unit group (4 digits). */
    public boolean isOccupation(String unitCode) {
        if (occupationCodes == null) {
            occupationCodes = java.util.Set.copyOf(repository.socUnitCodes());
        }
        return occupationCodes.contains(unitCode);
    }

    /** SOC 2020 unit groups whose name or code contains the text, for the occupation picker. */
    public List<SocGroup> searchOccupations(String text, int limit) {
        return repository.searchSocUnitGroups(text, Math.max(1, Math.min(limit, 100)));
    }

    public Optional<SocGroup> occupation(String unitCode) {
        return repository.socUnitGroup(unitCode);
    }
}
