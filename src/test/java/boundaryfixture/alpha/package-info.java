/** Declares no dependency, yet uses {@code beta}: the wrong arrow. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package boundaryfixture.alpha;
