/**
 * Deliberately broken code, kept out of the production packages, that the architecture rules must
 * reject. Each class breaks one rule; together they also form a package cycle.
 */
package dev.portside.archfixture.violating;
