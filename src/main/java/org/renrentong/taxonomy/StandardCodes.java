package org.renrentong.taxonomy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The national stage, subject and grade codes shipped in resources/taxonomy/standard-codes.csv (see SOURCE.md). */
@Component
class StandardCodes {

    private final Map<NodeLevel, List<CodeName>> byLevel = new EnumMap<>(NodeLevel.class);
    private final Map<String, String> stageOfGrade = new HashMap<>();

    StandardCodes() {
        try (Reader reader = new InputStreamReader(new ClassPathResource("taxonomy/standard-codes.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                byLevel.computeIfAbsent(NodeLevel.valueOf(row.get("kind")), k -> new ArrayList<>())
                        .add(new CodeName(row.get("code"), row.get("name"), replacedBy(row)));
                if (!row.get("stage").isEmpty()) {
                    stageOfGrade.put(row.get("code"), row.get("stage"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> replacedBy(CSVRecord row) {
        String codes = row.get("replaced_by").trim();
        return codes.isEmpty() ? List.of() : List.of(codes.split("\\s+"));
    }

    /** All codes, retired ones included, so that what was filed under them keeps its name. */
    List<CodeName> of(NodeLevel level) {
        return List.copyOf(byLevel.getOrDefault(level, List.of()));
    }

    /** The codes offered for new nodes: the current ones. */
    List<CodeName> current(NodeLevel level) {
        return of(level).stream().filter(c -> !c.retired()).toList();
    }

    Optional<CodeName> find(NodeLevel level, String code) {
        return byLevel.getOrDefault(level, List.of()).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The stage code a standard grade belongs to (21 七年级 → 2 初中). */
    Optional<String> stageOf(String gradeCode) {
        return Optional.ofNullable(stageOfGrade.get(gradeCode));
    }

    /** The standard name of a code, or the code itself when the table lacks it. */
    String name(NodeLevel level, String code) {
        return find(level, code).map(CodeName::name).orElse(code);
    }
}
