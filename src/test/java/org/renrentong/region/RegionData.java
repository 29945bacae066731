package org.renrentong.region;

import org.renrentong.identity.Actor;
import org.springframework.stereotype.Component;

/** Fresh regions for tests that change the tree, so that they never touch the shipped catalogue. */
@Component
public class RegionData {

    private final RegionRepository repository;
    private final Regions regions;

    RegionData(RegionRepository repository, Regions regions) {
        this.repository = repository;
        this.regions = regions;
    }

    /** An unused code below the parent: the parent's prefix and free trailing digits. */
    public String freeCode(String parentCode) {
        boolean province = parentCode.endsWith("0000");
        String prefix = parentCode.substring(0, province ? 2 : 4);
        for (int n = 99; n > 50; n--) {
            String code = prefix + String.format("%02d", n) + (province ? "00" : "");
            if (repository.find(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free code below " + parentCode);
    }

    /** A new county below 石家庄市 (or the given city), added by the actor. */
    public Region newCounty(Actor actor, String cityCode) {
        return regions.add(actor, freeCode(cityCode), "测试县" + System.nanoTime() % 100000, cityCode);
    }
}
