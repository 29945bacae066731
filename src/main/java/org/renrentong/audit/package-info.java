/**
 * The audit log: who did what, as which role, when, to which target, with what result, from where; read back only
 * within the reader's scope, never changed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.renrentong.audit;
