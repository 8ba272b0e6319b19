/** Printed message text shared by statements and the settings that feed them: lines of at most 60 characters. */
package io.billcycle.text;
