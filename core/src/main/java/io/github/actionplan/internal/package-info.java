/** Internals of actionplan core: not API, may change in any release. */
package io.github.actionplan.internal;
