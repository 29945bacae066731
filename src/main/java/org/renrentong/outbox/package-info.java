/**
 * The outbox of events between modules (Spring Modulith's JDBC event publication registry): an event published in
 * a transaction is stored with it and delivered to each listener after commit, on a bounded pool; a failed or
 * interrupted delivery stays in the outbox, is delivered again with back-off and after a restart, and platform
 * administrators see what is pending or failed and may deliver it again.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "shared"})
package org.renrentong.outbox;
