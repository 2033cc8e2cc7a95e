package org.openpas.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Every FHIR answer the facade gives in the tests ({@link #RECORD}, a REST Assured filter), and the HAPI validator that
 * checks them offline: base R4 (hapi-fhir-validation-resources-r4) and the definitions PAS ships in
 * src/main/resources/fhir. Nothing is fetched: the chain has no remote terminology service and no package loader.
 */
final class FhirAnswers {

    /** One answer: the request that got it, and its body. */
    record Answer(String request, String json) {
    }

    /** A finding of the validator on one answer. */
    record Finding(String request, ResultSeverityEnum severity, String location, String message) {
        @Override
        public String toString() {
            return severity + " " + request + " " + location + ": " + message;
        }
    }

    /** The definitions PAS ships (their README says where they come from). */
    static final List<String> SHIPPED = List.of("StructureDefinition-base-ext-newpatients.json",
            "StructureDefinition-base-ext-newpatients-characteristics.json", "ValueSet-AcceptingPatientsVS.json",
            "CodeSystem-accepting-patients.json");

    static final List<Answer> RECORDED = new CopyOnWriteArrayList<>();

    /** Records each application/fhir+json answer (successes and OperationOutcomes alike). */
    static final Filter RECORD = new Filter() {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            Response answer = context.next(request, response);
            String type = answer.getContentType();
            if (type != null && type.startsWith(FhirFormat.MEDIA_TYPE)) {
                RECORDED.add(new Answer(request.getMethod() + " " + request.getURI() + " -> " + answer.statusCode(),
                        answer.asString()));
            }
            return answer;
        }
    };

    private FhirAnswers() {
    }

    static FhirValidator validator() {
        FhirContext context = FhirFormat.context();
        var shipped = new PrePopulatedValidationSupport(context);
        for (String file : SHIPPED) {
            var resource = context.newJsonParser().parseResource(read("/fhir/" + file));
            switch (resource) {
                case StructureDefinition definition -> shipped.addStructureDefinition(definition);
                case CodeSystem codes -> shipped.addCodeSystem(codes);
                case ValueSet values -> shipped.addValueSet(values);
                default -> throw new IllegalStateException(file + " is no definition");
            }
        }
        var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context), new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context), shipped);
        var instanceValidator = new FhirInstanceValidator(chain);
        // An extension the validator cannot resolve is an error, not a pass: ours must resolve from the files above.
        instanceValidator.setAnyExtensionsAllowed(false);
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(instanceValidator);
        return validator;
    }

    /** Validates every answer; the findings at warning level and above. */
    static List<Finding> validate(List<Answer> answers) {
        FhirValidator validator = validator();
        List<Finding> findings = new ArrayList<>();
        for (Answer answer : answers) {
            for (SingleValidationMessage message : validator.validateWithResult(answer.json()).getMessages()) {
                if (message.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal()) {
                    findings.add(new Finding(answer.request(), message.getSeverity(), message.getLocationString(),
                            message.getMessage()));
                }
            }
        }
        return findings;
    }

    private static String read(String path) {
        try (InputStream in = FhirAnswers.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
