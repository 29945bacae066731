/**
 * Two tiny modules that break the boundaries on purpose, for the boundary tests: {@code alpha} uses {@code beta}
 * without declaring it, and {@code beta}'s SQL reads a table of {@code alpha}.
 */
package boundaryfixture;
