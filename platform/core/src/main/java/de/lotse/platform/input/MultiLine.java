package de.lotse.platform.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a free-text property of a request body that may span several lines: its strings may
 * contain TAB, LF and CR. Every other string of a request (other body properties, query and path
 * values, headers) is single-line, and no string may contain any other control character
 * ({@link InputHygieneFilter}). On a list or map property it applies to the strings it holds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MultiLine {}
