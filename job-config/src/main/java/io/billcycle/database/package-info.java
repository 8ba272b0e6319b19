/**
 * Where PostgreSQL comes from: a configured server ({@code billcycle.datasource.url} or {@code SPRING_DATASOURCE_URL}),
 * or else an embedded PostgreSQL whose data lives under {@code billcycle.home}, so a second run sees the first's data.
 */
package io.billcycle.database;
