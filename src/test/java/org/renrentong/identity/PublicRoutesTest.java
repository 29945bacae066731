package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.PublicRoutes;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Every route a module opens to visitors leads to something real: a mapping of the node or its static files. */
@IntegrationTest
class PublicRoutesTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::([^}]*))?}");

    @Autowired List<PublicRoutes> modules;
    @Autowired ApplicationContext context;

    @Test
    void everyDeclaredRouteCoversAMappingOrStaticFiles() {
        List<String> readable = samples(true);
        List<String> any = samples(false);
        assertThat(modules).hasSizeGreaterThanOrEqualTo(5);
        for (PublicRoutes module : modules) {
            for (String route : module.reads()) {
                assertThat(covers(route, readable) || staticFiles(route))
                        .as("%s declares GET %s", module.getClass().getSimpleName(), route).isTrue();
            }
            for (String route : Stream.concat(module.anyMethod().stream(),
                    module.forMachines().stream()).toList()) {
                assertThat(covers(route, any) || staticFiles(route))
                        .as("%s declares %s", module.getClass().getSimpleName(), route).isTrue();
            }
        }
    }

    @Test
    void aRouteOfNoMappingIsFound() {
        assertThat(covers("/spacez/{id:\\d+}/**", samples(true))).isFalse();
        assertThat(covers("/spaces/{id:\\d+}/**", samples(true))).isTrue();
        assertThat(staticFiles("/fonts/**")).isFalse();
    }

    /** A path each mapping answers (GET-capable ones only when {@code reads}), with its variables filled in. */
    private List<String> samples(boolean reads) {
        List<String> paths = new ArrayList<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().stream()
                        .filter(info -> !reads || info.getMethodsCondition().getMethods().isEmpty()
                                || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                        .flatMap(info -> info.getPatternValues().stream())
                        .map(PublicRoutesTest::sample).forEach(paths::add));
        context.getBeansOfType(AbstractUrlHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMap().keySet().stream().filter(p -> !p.equals("/**"))
                        .map(PublicRoutesTest::sample).forEach(paths::add));
        return paths;
    }

    private static String sample(String pattern) {
        Matcher m = VARIABLE.matcher(pattern.replaceAll("/\\*\\*$", ""));
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String regex = m.group(2);
            String value = regex != null && regex.matches("[a-z|]+") ? regex.split("\\|")[0] : "1";
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.isEmpty() ? "/" : path.toString();
    }

    private static boolean covers(String route, List<String> paths) {
        PathPattern pattern = PathPatternParser.defaultInstance.parse(route);
        return paths.stream().anyMatch(p -> pattern.matches(PathContainer.parsePath(p)));
    }

    /** A folder of static files ("/css/**"). */
    private static boolean staticFiles(String route) {
        return route.endsWith("/**") && new ClassPathResource("static" + route.replace("/**", "")).exists();
    }
}
