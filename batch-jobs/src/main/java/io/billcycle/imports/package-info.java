/**
 * Reading the CSV files people bring (plan id lists today; bank payment files and provider payment files next): files
 * as spreadsheets save them, refused with one clear line when they are not CSV text at all.
 */
package io.billcycle.imports;
