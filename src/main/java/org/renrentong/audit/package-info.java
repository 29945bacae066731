/**
 * The audit log: who did what, as which role, when, to which target, with what result, from where; read back only
 * within the reader's scope (an {@code AuditScope} that the identity module resolves for each request), never changed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.renrentong.audit;
