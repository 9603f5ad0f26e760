/** Helpers for writing renderers: what every format plugin needs and core does not decide. */
package io.github.actionplan.report.spi.support;
