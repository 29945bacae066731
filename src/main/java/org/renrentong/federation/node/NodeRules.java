package org.renrentong.federation.node;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.renrentong.federation.NodeLevel;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a node's identity (and a join token's expected child) must be: a code fit for OAI identifiers, a current
 * region of the catalogue at the node's level (a school node stands in its county), a public http(s) base URL.
 */
@Component
class NodeRules {

    /** Letters, digits and hyphens: the code goes into OAI identifiers ({@code oai:<code>:resource/<id>}). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    static final int NAME_MAX = 100;
    private static final int URL_MAX = 300;

    private final Regions regions;

    NodeRules(Regions regions) {
        this.regions = regions;
    }

    static String code(String code) {
        String clean = code == null ? "" : code.trim();
        if (!CODE.matcher(clean).matches()) {
            throw DomainException.invalid("node.code.invalid");
        }
        return clean;
    }

    static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw DomainException.invalid("node.name.required");
        }
        if (clean.length() > NAME_MAX) {
            throw DomainException.invalid("node.name.tooLong", NAME_MAX);
        }
        return clean;
    }

    /** The region of a node of that level: it exists, is current and of the level the node's level stands at. */
    Region region(String code, NodeLevel level) {
        String clean = code == null ? "" : code.trim();
        Region region;
        try {
            region = regions.get(clean);
        } catch (DomainException unknown) {
            throw DomainException.invalid("node.region.unknown", clean);
        }
        if (region.retired()) {
            throw DomainException.invalid("node.region.retired", region.name());
        }
        if (region.level() != regionLevel(level)) {
            throw DomainException.invalid("node.region.level", region.name(), levelName(level));
        }
        return region;
    }

    /** The region's name, or its code when the catalogue has no such region (a peer's, say). */
    String regionName(String code) {
        try {
            return regions.get(code).name();
        } catch (DomainException unknown) {
            return code;
        }
    }

    /** The level's name as a message argument, in the reader's language. */
    static DefaultMessageSourceResolvable levelName(NodeLevel level) {
        return new DefaultMessageSourceResolvable("node.level." + level.name());
    }

    /** A school node stands in its county; every other level in a region of its own level. */
    static Region.Level regionLevel(NodeLevel level) {
        return level == NodeLevel.SCHOOL ? Region.Level.COUNTY : Region.Level.valueOf(level.name());
    }

    /** An absolute http(s) URL with a host and no query, fragment or user; without a trailing slash. */
    static String baseUrl(String url) {
        String clean = url == null ? "" : url.trim();
        while (clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        try {
            URI uri = new URI(clean);
            boolean fits = clean.length() <= URL_MAX && uri.getScheme() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if (fits) {
                return clean;
            }
        } catch (URISyntaxException bad) {
            // refused below
        }
        throw DomainException.invalid("node.baseUrl.invalid");
    }
}
