package org.renrentong.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped GB/T 2260 catalogue (resources/region/regions.csv, see SOURCE.md there) on first start,
 * under a national root. Later changes are made by administrators and kept in the region history.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegionCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionCatalogueLoader.class);

    private final RegionRepository regions;

    RegionCatalogueLoader(RegionRepository regions) {
        this.regions = regions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (regions.count() > 0) {
            return;
        }
        String rootPath = "/" + Region.NATIONAL_CODE + "/";
        regions.insert(new Region(Region.NATIONAL_CODE, "全国", Region.Level.NATIONAL, null, rootPath, null, null));
        Map<String, String> paths = new HashMap<>();
        paths.put(Region.NATIONAL_CODE, rootPath);
        List<Region> catalogue = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("region/regions.csv").getInputStream(), StandardCharsets.UTF_8))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String code = row.get("code");
                String parent = row.get("parent_code").isEmpty() ? Region.NATIONAL_CODE : row.get("parent_code");
                String path = paths.get(parent) + code + "/";
                paths.put(code, path);
                catalogue.add(new Region(code, row.get("name"), Region.Level.valueOf(row.get("level")), parent, path,
                        null, null));
            }
        }
        regions.insertAll(catalogue);
        log.info("Loaded {} regions from the GB/T 2260 catalogue", catalogue.size());
    }
}
