/**
 * The resource index and its queries (embedded Lucene with smartcn), behind {@code ResourceIndex} so that a
 * distributed engine can replace it. Knows nothing of the other modules: they feed it documents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.renrentong.search;
