/** May use {@code alpha}: reads its published view, and its private table (the foreign table). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alpha"})
package boundaryfixture.beta;
