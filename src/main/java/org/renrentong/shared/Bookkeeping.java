package org.renrentong.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that records nobody's act: a copy derived from what is already kept (a preview, a thumbnail, the space
 * of an institution made before its creation event arrives), a tally (visits, downloads) or the scratch rows of a job
 * in progress (an import's staged rows). The caller has checked the actor; nothing more is audited. The rule that every public
 * write is checked and audited does not count these as writes.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Bookkeeping {
}
