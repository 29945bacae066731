package org.renrentong.region;

import java.util.ArrayList;
import java.util.List;

/**
 * The levels of a cascading region picker that ends at a county: one select per level below the root, the chosen
 * region selected in each, and the children of the deepest choice as the next select. Retired regions are not
 * offered, as nothing new may be placed in them.
 */
public final class RegionPicker {

    /** One select: the regions to choose from and the chosen one; the county level is the one the form submits. */
    public record Level(Region.Level level, List<Region> options, String selected) {

        public boolean county() {
            return level == Region.Level.COUNTY;
        }
    }

    private final Regions regions;

    RegionPicker(Regions regions) {
        this.regions = regions;
    }

    List<Level> levels(Region root, String selectedCode) {
        if (root.level() == Region.Level.COUNTY) {
            return List.of(new Level(Region.Level.COUNTY, List.of(root), root.code()));
        }
        List<Level> levels = new ArrayList<>();
        Region deepest = root;
        if (selectedCode != null && !selectedCode.isBlank()) {
            Region selected = regions.get(selectedCode);
            if (selected.path().startsWith(root.path()) && !selected.equals(root)) {
                for (Region step : regions.ancestry(selected.code())) {
                    if (step.path().length() > root.path().length()) {
                        levels.add(new Level(step.level(), active(step.parentCode()), step.code()));
                    }
                }
                deepest = selected;
            }
        }
        if (deepest.level() != Region.Level.COUNTY) {
            levels.add(new Level(deepest.level().below(), active(deepest.code()), null));
        }
        return levels;
    }

    private List<Region> active(String parentCode) {
        return regions.children(parentCode).stream().filter(r -> !r.retired()).toList();
    }
}
