package org.renrentong.region;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrative divisions as JSON. The catalogue itself is public reference data, readable by every signed-in
 * account; changes are for platform administrators and, below their own region, region administrators.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

    /** A region with its history. */
    record RegionDetail(Region region, List<Region> ancestry, List<RegionChange> history) {
    }

    record NewRegion(String code, String name, String parentCode) {
    }

    record Rename(String name) {
    }

    record Retirement(String replacedBy) {
    }

    private final Regions regions;

    RegionApi(Regions regions) {
        this.regions = regions;
    }

    /** Searches by name or code prefix: administrators within their region, everyone else nationwide. */
    @GetMapping
    List<Region> search(Actor me, @RequestParam(defaultValue = "") String q) {
        return regions.search(q, regions.searchRoot(me));
    }

    @GetMapping("/{code}")
    RegionDetail get(Actor me, @PathVariable String code) {
        Region region = regions.get(code);
        return new RegionDetail(region, regions.ancestry(region.code()), regions.history(region.code()));
    }

    @GetMapping("/{code}/children")
    List<Region> children(Actor me, @PathVariable String code) {
        return regions.children(regions.get(code).code());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Region add(Actor me, @RequestBody NewRegion body) {
        return regions.add(me, body.code(), body.name(), body.parentCode());
    }

    @PatchMapping("/{code}")
    Region rename(Actor me, @PathVariable String code, @RequestBody Rename body) {
        return regions.rename(me, code, body.name());
    }

    @PostMapping("/{code}/retire")
    Region retire(Actor me, @PathVariable String code, @RequestBody(required = false) Retirement body) {
        return regions.retire(me, code, body == null ? null : body.replacedBy());
    }
}
