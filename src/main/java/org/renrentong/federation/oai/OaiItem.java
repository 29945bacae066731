package org.renrentong.federation.oai;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import java.time.Instant;
import java.util.List;

/** One record as the library writes it: its header, and the metadata already written (null when deleted). */
record OaiItem(String identifier, Instant datestamp, List<String> setSpecs, boolean deleted, Metadata metadata)
        implements Item {

    static OaiItem header(OaiRecords.Row row, boolean deleted) {
        return new OaiItem(row.identifier(), row.datestamp(), row.setSpecs(), deleted, null);
    }

    @Override
    public String getIdentifier() {
        return identifier;
    }

    @Override
    public Instant getDatestamp() {
        return datestamp;
    }

    @Override
    public List<Set> getSets() {
        return setSpecs.stream().map(Set::new).toList();
    }

    @Override
    public boolean isDeleted() {
        return deleted;
    }

    @Override
    public Metadata getMetadata() {
        return metadata;
    }
}
