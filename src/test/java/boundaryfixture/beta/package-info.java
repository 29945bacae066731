/** May use {@code alpha}: reads its published view, and its private table (the foreign table) in two ways. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alpha"})
package boundaryfixture.beta;
