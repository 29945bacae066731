package org.renrentong.federation.harvest;

import java.util.List;
import org.renrentong.resource.HarvestedRecord;

/**
 * One answer to ListRecords: its records, the files they announce, and the resumption token of the next page (null
 * on the last page).
 *
 * @param completeListSize the size the source announced for the whole list, or -1
 */
record OaiPage(List<HarvestedRecord> records, List<RemoteFile> files, String resumptionToken, long completeListSize) {
}
