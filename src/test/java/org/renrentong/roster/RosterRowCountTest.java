package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.roster.ImportWaiter.importAndWait;
import static org.renrentong.roster.RosterFiles.STUDENT_HEADER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An import reports the people rows it read, not the headers nor the instructions sheet of the template. */
@IntegrationTest
class RosterRowCountTest {

    @Autowired Fixtures fixtures;
    @Autowired Imports imports;

    @Test
    void theJobCountsDataRowsOnly() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Map<String, List<String[]>> sheets = RosterFiles.sheets();
        List<String[]> help = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            help.add(new String[] {"说明第 " + i + " 行"});
        }
        sheets.put("说明", help);
        List<String[]> students = new ArrayList<>();
        students.add(STUDENT_HEADER);
        for (int i = 0; i < 10; i++) {
            students.add(new String[] {"七年级", "1班", RosterFiles.number(), "学生" + i, "男", "", "", "", ""});
        }
        sheets.put("学生", students);

        ImportJob job = importAndWait(imports, admin, school.id(), "花名册.xlsx", RosterFiles.xlsx(sheets));

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.processedRows()).isEqualTo(10);
        assertThat(job.totalRows()).isEqualTo(10);
    }
}
