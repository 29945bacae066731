package org.renrentong.apps.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.renrentong.identity.Actor;
import org.renrentong.identity.People;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.org.Stage;
import org.springframework.stereotype.Service;

/**
 * The app centre of a person's space: the apps approved for the region of their school (and not opted out of
 * below), not hidden by the school, made for their role and for a stage their school teaches. A guardian sees what
 * their children's schools offer guardians. Each app opens at its launch URL and signs the person in with single
 * sign-on; none asks for a download or a registration of its own.
 */
@Service
public class AppCentre {

    private final AppRepository repository;
    private final Schools schools;
    private final People people;

    AppCentre(AppRepository repository, Schools schools, People people) {
        this.repository = repository;
        this.schools = schools;
        this.people = people;
    }

    /**
     * @param category only this category, or null for all
     * @param text     words to find in the name, description or provider, or blank for all
     */
    public List<AppCard> forPerson(Actor actor, AppCategory category, String text) {
        Audience audience = Audience.of(actor.role()).orElse(null);
        if (audience == null) {
            return List.of();
        }
        Set<Long> shown = new HashSet<>();
        Set<String> stages = new HashSet<>();
        for (School school : schoolsOf(actor)) {
            shown.addAll(offeredAt(school));
            school.stages().forEach(s -> stages.add(stageCode(s)));
        }
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return repository.all(shown).stream()
                .filter(a -> a.audiences().contains(audience))
                .filter(a -> a.stages().isEmpty() || a.stages().stream().anyMatch(stages::contains))
                .filter(a -> category == null || a.category() == category)
                .filter(a -> needle.isEmpty() || (a.name() + " " + a.description() + " " + a.providerName())
                        .toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(App::category).thenComparing(App::name))
                .map(a -> new AppCard(a.id(), a.name(), a.category(), a.description(), a.providerName(),
                        a.launchUrl(), a.screenshots().isEmpty() ? null : a.screenshots().get(0)))
                .toList();
    }

    /** The apps a school's people may open: approved for its region and not opted out of below, not hidden there. */
    public Set<Long> offeredAt(School school) {
        List<String> codes = Availability.codes(school.regionPath());
        Set<Long> hidden = repository.hiddenAt(List.of(school.id()));
        Set<Long> offered = new HashSet<>();
        repository.decisiveAt(codes).forEach((app, decisions) -> {
            if (Availability.reaches(codes, decisions) && !hidden.contains(app)) {
                offered.add(app);
            }
        });
        return offered;
    }

    /** A school person's school; a guardian's children's schools. */
    private List<School> schoolsOf(Actor actor) {
        List<School> found = new ArrayList<>();
        if (actor.schoolId() != null) {
            found.add(schools.get(actor.schoolId()));
        }
        for (long child : actor.childIds()) {
            Long school = people.get(actor, child).schoolId();
            if (school != null && found.stream().noneMatch(s -> s.id() == school)) {
                found.add(schools.get(school));
            }
        }
        return found;
    }

    /** The stage code of the textbook tree (1 小学, 2 初中, 3 高中) that a school's stage teaches. */
    private static String stageCode(Stage stage) {
        return switch (stage) {
            case PRIMARY -> "1";
            case JUNIOR -> "2";
            case SENIOR, VOCATIONAL -> "3";
        };
    }
}
