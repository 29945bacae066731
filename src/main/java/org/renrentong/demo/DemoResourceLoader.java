package org.renrentong.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.PresetAccounts;
import org.renrentong.resource.Licence;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceForm;
import org.renrentong.resource.ResourceUse;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.resource.Resources;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.Reviews;
import org.renrentong.storage.ServerUploads;
import org.renrentong.taxonomy.TextbookTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the demo resources (resources/demo/resources.json) into the demo province once, after the people: each is
 * contributed by its demo teacher as a real contribution is (files uploaded and claimed, the form saved, submitted,
 * published by the demo expert), then favoured, rated and commented on by other demo accounts. One transaction:
 * all or nothing, and the search index takes them after the commit. It runs again on a later start only when the
 * demo contributors still have no resources, so a restart adds nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
@ConditionalOnProperty(name = "renrentong.demo", havingValue = "true")
class DemoResourceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResourceLoader.class);
    private static final String REVIEWER = "expert";

    private final Resources resources;
    private final Reviews reviews;
    private final ResourceUse use;
    private final ServerUploads uploads;
    private final TextbookTree tree;
    private final Actors actors;
    private final PresetAccounts presets;
    private final JsonMapper json;

    DemoResourceLoader(Resources resources, Reviews reviews, ResourceUse use, ServerUploads uploads,
                       TextbookTree tree, Actors actors, PresetAccounts presets, JsonMapper json) {
        this.resources = resources;
        this.reviews = reviews;
        this.use = use;
        this.uploads = uploads;
        this.tree = tree;
        this.actors = actors;
        this.presets = presets;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Map<String, Actor> people = new HashMap<>();
        List<DemoResource> catalogue = catalogue();
        for (DemoResource d : catalogue) {
            Actor owner = actor(people, d.owner());
            if (owner == null || !resources.mine(owner).isEmpty()) {
                return;
            }
        }
        Actor reviewer = actor(people, REVIEWER);
        for (DemoResource d : catalogue) {
            Actor owner = actor(people, d.owner());
            Resource r = resources.create(owner, form(owner, d));
            reviews.act(owner, r.id(), ReviewAction.SUBMIT, null);
            reviews.act(reviewer, r.id(), ReviewAction.PUBLISH, null);
            for (String account : d.favouredBy()) {
                use.favourite(actor(people, account), r.id(), true);
            }
            d.ratings().forEach((account, stars) -> use.rate(actor(people, account), r.id(), stars));
            if (d.comment() != null) {
                long comment = use.comment(actor(people, d.comment().by()), r.id(), d.comment().text()).id();
                use.moderate(owner, comment, true);
            }
        }
        log.info("Loaded {} demo resources", catalogue.size());
    }

    private ResourceForm form(Actor owner, DemoResource d) {
        List<ResourceForm.FileInput> files = d.files().stream().map(f -> new ResourceForm.FileInput(
                uploads.upload(owner, f.name(), f.bytes()), null, f.role())).toList();
        long place = tree.at(d.place()).orElseThrow(
                () -> new IllegalStateException("The demo place " + d.place() + " is not in the textbook tree")).id();
        return new ResourceForm(d.title(), d.description(), d.keywords(), d.type(), List.of(place), d.audiences(),
                "zh", Licence.CC_BY_4_0, null, ResourceVisibility.PUBLIC, files);
    }

    private List<DemoResource> catalogue() throws IOException {
        try (InputStream in = new ClassPathResource("demo/resources.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoResource>>() { });
        }
    }

    /** The demo account's actor, or null when the demo province has not been loaded. */
    private Actor actor(Map<String, Actor> people, String account) {
        if (!people.containsKey(account)) {
            people.put(account, presets.idOf(account).map(id -> actors.load(id, null)).orElse(null));
        }
        return people.get(account);
    }
}
