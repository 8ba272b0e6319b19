/**
 * Test support shared by every module's tests: a real PostgreSQL ({@link io.billcycle.testsupport.TestPostgres}),
 * a Spring test base that points the application at it, and a fixture builder for business rows.
 */
package io.billcycle.testsupport;
