package org.renrentong.federation.harvest;

import org.renrentong.resource.FileRole;

/**
 * A file a harvested record announces: where its origin serves it, its SHA-256 when the origin names one (null
 * otherwise), its name and its role in the resource.
 *
 * @param identifier the record's OAI identifier
 */
record RemoteFile(String identifier, String url, String sha256, String name, FileRole role) {
}
