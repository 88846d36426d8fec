package org.csm.onboarding.testdb;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/// Runs every test of the class once on H2 and once on PostgreSQL; the class receives the
/// [TestDatabase] in a field annotated `@Parameter` and opens [TestDatabase#fresh] per test.
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
public @interface OnBothDatabases {
}
