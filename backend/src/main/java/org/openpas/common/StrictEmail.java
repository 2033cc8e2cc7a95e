package org.openpas.common;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Email;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.internal.constraintvalidators.bv.EmailValidator;

/**
 * {@code @Email} as the contract's {@code format: email} means it: Hibernate Validator lets an empty
 * string through (it was stored, e.g. an endorsement sent to "", and answered off-contract); here it is a
 * 400 like any other address that is not one.
 */
@Singleton
public class StrictEmail implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Email.class).includeExistingValidators(false).validatedBy(NotEmptyEmail.class);
        configuration.addMapping(mapping);
    }

    /** Hibernate Validator's email check, except that an empty (or blank) string is no address. */
    public static class NotEmptyEmail implements ConstraintValidator<Email, CharSequence> {

        private final EmailValidator email = new EmailValidator();

        @Override
        public void initialize(Email annotation) {
            email.initialize(annotation);
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value != null && value.toString().isBlank()) {
                return false;
            }
            return email.isValid(value, context);
        }
    }
}
