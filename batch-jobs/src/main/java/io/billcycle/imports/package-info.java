/**
 * Reading the files people bring (plan id lists, bank payment files, provider payment files, message files and report
 * templates): as spreadsheets and editors save them, refused with one clear line, naming the file, the row or line and
 * the column, when they are not text, hold binary data or hold what looks like a card number.
 */
package io.billcycle.imports;
