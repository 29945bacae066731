package org.renrentong.region;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class RegionWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    RegionData data;
    @Autowired
    Fixtures fixtures;

    @Test
    void aCityAdministratorBrowsesFromTheirCity() throws Exception {
        Person city = logins.regionAdmin("130100");
        mvc.perform(get("/regions").with(as(city))).andExpect(redirectedUrl("/regions/130100"));
        mvc.perform(get("/regions/130100").with(as(city)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长安区")))
                .andExpect(content().string(containsString("href=\"/regions/130102\"")))
                // ancestors above their own region are shown, not linked
                .andExpect(content().string(not(containsString("href=\"/regions/130000\""))))
                .andExpect(content().string(containsString("region-add-form")))
                .andExpect(content().string(not(containsString("region-rename-form"))));
        mvc.perform(get("/regions/130200").with(as(city))).andExpect(status().isForbidden());
        mvc.perform(get("/regions/search").param("q", "长安").with(as(city)))
                .andExpect(content().string(containsString("130102")));
    }

    @Test
    void aFailedFormShowsItsErrorAndWhatWasTyped() throws Exception {
        Person city = logins.regionAdmin("130100");
        mvc.perform(post("/regions/130100/children").param("childCode", "13019").param("name", "新设区")
                        .with(as(city)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("行政区划代码应为6位数字")))
                .andExpect(content().string(containsString("value=\"13019\"")))
                .andExpect(content().string(containsString("value=\"新设区\"")));
    }

    @Test
    void addRenameRetireThroughThePages() throws Exception {
        Person city = logins.regionAdmin("130100");
        String code = data.freeCode("130100");
        mvc.perform(post("/regions/130100/children").param("childCode", code).param("name", "页面新区")
                        .with(as(city)).with(csrf()))
                .andExpect(redirectedUrl("/regions/130100"));
        mvc.perform(post("/regions/" + code + "/rename").param("name", "页面更名区").with(as(city)).with(csrf()))
                .andExpect(redirectedUrl("/regions/" + code));
        mvc.perform(post("/regions/" + code + "/retire").param("successor", "130102").with(as(city)).with(csrf()))
                .andExpect(redirectedUrl("/regions/" + code));
        mvc.perform(get("/regions/" + code).with(as(city)))
                .andExpect(content().string(containsString("region-retired")))
                .andExpect(content().string(containsString("页面新区 → 页面更名区")))
                .andExpect(content().string(containsString("href=\"/regions/130102\"")))
                .andExpect(content().string(not(containsString("region-retire-form"))));
    }

    @Test
    void theCountyPickerOffersOnlyCurrentRegions() throws Exception {
        Person city = logins.regionAdmin("130100");
        data.newCounty(fixtures.platformAdmin(), "130100");
        String retired = data.newCounty(fixtures.platformAdmin(), "130100").code();
        mvc.perform(post("/api/v1/regions/" + retired + "/retire").with(as(city))).andExpect(status().isOk());
        mvc.perform(get("/regions/picker").param("root", "130100").with(as(city)))
                .andExpect(content().string(containsString("name=\"countyCode\"")))
                .andExpect(content().string(containsString("value=\"130102\"")))
                .andExpect(content().string(not(containsString("value=\"" + retired + "\""))));
        Person county = logins.regionAdmin("130102");
        mvc.perform(get("/regions/picker").param("root", "130102").with(as(county)))
                .andExpect(content().string(containsString("selected")));
        mvc.perform(get("/regions/picker").param("root", "130100").with(as(county)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiReadsAndChangesRegions() throws Exception {
        Person platform = logins.platformAdmin();
        String code = data.freeCode("130100");
        mvc.perform(post("/api/v1/regions").with(as(platform)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"接口新区\",\"parentCode\":\"130100\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("COUNTY"));
        mvc.perform(patch("/api/v1/regions/" + code).with(as(platform)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"接口更名区\"}"))
                .andExpect(jsonPath("$.name").value("接口更名区"));
        mvc.perform(post("/api/v1/regions/" + code + "/retire").with(as(platform))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"replacedBy\":\"130102\"}"))
                .andExpect(jsonPath("$.replacedBy").value("130102"));
        mvc.perform(get("/api/v1/regions/" + code).with(as(platform)))
                .andExpect(jsonPath("$.region.retiredAt").isNotEmpty())
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.ancestry[1].code").value("130000"));
        mvc.perform(get("/api/v1/regions/130100/children").with(as(platform)))
                .andExpect(jsonPath("$[0].code").value("130102"));
    }

    @Test
    void aCodeOutsideTheParentIsRefusedBesideTheFieldAndInTheApi() throws Exception {
        Person city = logins.regionAdmin("130100");
        mvc.perform(post("/regions/130100/children").param("childCode", "140199").param("name", "晋码区")
                        .with(as(city)).with(csrf()))
                .andExpect(content().string(containsString("id=\"region-add-error\"")))
                .andExpect(content().string(containsString("代码 140199 不属于“石家庄市”")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/api/v1/regions").with(as(city)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"code\":\"140199\",\"name\":\"晋码区\",\"parentCode\":\"130100\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Code 140199 does not belong under")));
        mvc.perform(get("/api/v1/regions/140199").with(as(city))).andExpect(status().isNotFound());
    }

    @Test
    void apiErrorsAreProblemDetailsInTheCallersLanguage() throws Exception {
        Person platform = logins.platformAdmin();
        mvc.perform(post("/api/v1/regions").with(as(platform)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"12\",\"name\":\"坏码\",\"parentCode\":\"130100\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("行政区划代码应为6位数字。"));
        mvc.perform(get("/api/v1/regions/999999").with(as(platform)).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no region with code \"999999\"."));
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        mvc.perform(patch("/api/v1/regions/130102").with(as(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"夺权\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您无权访问或操作该对象。"));
    }
}
