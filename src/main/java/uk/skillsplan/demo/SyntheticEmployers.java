package uk.skillsplan.demo;

import java.util.List;
import java.util.Map;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.SizeBand;

/**
 * Draws the sector, size, staff count and council area of synthetic employers so that a round
 * looks like a real area's business population: mostly micro and small firms, many in retail,
 * professional services, construction and hospitality, few in utilities or mining.
 */
final class SyntheticEmployers {

    /** Size-band shares (micro, small, medium, large) for most sectors and for sectors with larger sites. */
    private static final double[] SIZES = {78, 18, 3.3, 0.7};
    private static final double[] SIZES_LARGER_SITES = {62, 28, 8, 2};

    /**
     * Rough numbers of businesses (thousands, ONS UK Business Counts, rounded) in the demo areas'
     * council areas, so that Leeds gets more employers than Calderdale and the Isles of Scilly very
     * few. Council areas not listed count equally.
     */
    private static final Map<String, Double> BUSINESSES = Map.ofEntries(
            Map.entry("E08000032", 17.0), Map.entry("E08000033", 9.0), Map.entry("E08000034", 16.0),
            Map.entry("E08000035", 33.0), Map.entry("E08000036", 12.0),
            Map.entry("E08000001", 10.0), Map.entry("E08000002", 7.0), Map.entry("E08000003", 25.0),
            Map.entry("E08000004", 7.0), Map.entry("E08000005", 7.0), Map.entry("E08000006", 10.0),
            Map.entry("E08000007", 13.0), Map.entry("E08000008", 7.0), Map.entry("E08000009", 12.0),
            Map.entry("E08000010", 10.0),
            Map.entry("E06000052", 27.0), Map.entry("E06000053", 0.2));

    private static final List<SectorProfile> SECTORS = SectorProfile.all();
    private static final double[] SECTOR_SHARES = SECTORS.stream().mapToDouble(SectorProfile::businessShare).toArray();

    private SyntheticEmployers() {
    }

    static EmployerFacts draw(Draws draws, List<LocalAuthority> places) {
        SectorProfile sector = SECTORS.get(draws.weighted(SECTOR_SHARES));
        SizeBand size = SizeBand.values()[draws.weighted(sector.largerSites() ? SIZES_LARGER_SITES : SIZES)];
        LocalAuthority place = place(draws, places);
        return new EmployerFacts(sector.sic(), size, employment(size, draws), place.ladCode());
    }

    /** A council area of the area, more likely where there are more businesses. */
    static LocalAuthority place(Draws draws, List<LocalAuthority> places) {
        return places.get(draws.weighted(places.stream()
                .mapToDouble(la -> BUSINESSES.getOrDefault(la.ladCode(), 1.0)).toArray()));
    }

    /** Staff at a site of this size band; the 250+ band is capped at 1,200, a large single site. */
    static int employment(SizeBand size, Draws draws) {
        return switch (size) {
            case MICRO -> draws.logUniform(1, 9);
            case SMALL -> draws.logUniform(10, 49);
            case MEDIUM -> draws.logUniform(50, 249);
            case LARGE -> draws.logUniform(250, 1200);
        };
    }
}
