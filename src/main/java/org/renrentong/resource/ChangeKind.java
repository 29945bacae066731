package org.renrentong.resource;

/**
 * What happened to a resource, as the change log records it for harvesting nodes. DELETED is part of the log's
 * vocabulary (OAI-PMH reports deleted records) though nothing deletes a resource yet.
 */
public enum ChangeKind {
    CREATED, CHANGED, PUBLISHED, WITHDRAWN, DELETED
}
