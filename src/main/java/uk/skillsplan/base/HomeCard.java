package uk.skillsplan.base;

/**
 * One suggestion on a signed-in person's home page: what they can do next and where to go.
 *
 * @param title     short heading
 * @param text      one or two plain sentences
 * @param linkText  the link's words, or {@code null} for a card without a link
 * @param linkPath  the route path the link opens (without a leading slash)
 * @param order     lower numbers come first
 */
public record HomeCard(String title, String text, String linkText, String linkPath, int order) {

    public static HomeCard info(String title, String text, int order) {
        return new HomeCard(title, text, null, null, order);
    }
}
