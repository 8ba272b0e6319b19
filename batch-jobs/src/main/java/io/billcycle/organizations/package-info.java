/**
 * Organizations (tenants) as every job and command needs them: resolving the code an operator gives, and the
 * organizations a run covers, each with its currency, since files and totals never mix currencies.
 */
package io.billcycle.organizations;
