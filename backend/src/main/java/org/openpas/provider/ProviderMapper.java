package org.openpas.provider;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openpas.api.beans.ActorRef;
import org.openpas.api.beans.Capacity;
import org.openpas.api.beans.CapacityInput;
import org.openpas.api.beans.ComplexityMix;
import org.openpas.api.beans.ProviderClinic;
import org.openpas.api.beans.ProviderCreate;
import org.openpas.api.beans.ProviderGender;
import org.openpas.api.beans.ProviderStatus;
import org.openpas.api.beans.ProviderType;
import org.openpas.api.beans.ProviderUpdate;

/** Between the provider and capacity entities and the API's beans. */
final class ProviderMapper {

    private ProviderMapper() {
    }

    /** Everything a provider's representation needs besides the entity, loaded for a whole page at once. */
    record Context(Map<java.util.UUID, List<ProviderClinicLink>> clinics,
            Map<java.util.UUID, ProviderCapacity> capacities, Instant freshSince) {

        static Context of(List<ProviderClinicLink> links, List<ProviderCapacity> capacities, Instant freshSince) {
            return new Context(links.stream().collect(Collectors.groupingBy(ProviderClinicLink::providerId)),
                    capacities.stream().collect(Collectors.toMap(c -> c.providerId, Function.identity())),
                    freshSince);
        }
    }

    static org.openpas.api.beans.Provider toApi(Provider provider, Context context) {
        var api = new org.openpas.api.beans.Provider();
        api.setId(provider.id);
        api.setSubject(provider.subject);
        api.setName(provider.name);
        api.setType(ProviderType.fromValue(provider.type));
        api.setMspPractitionerNumber(provider.mspNumber);
        api.setEmail(provider.email);
        api.setPhone(provider.phone);
        api.setLanguages(new LinkedHashSet<>(List.of(provider.languages)));
        api.setGender(provider.gender == null ? null : ProviderGender.fromValue(provider.gender));
        api.setStatus(ProviderStatus.fromValue(provider.status));
        api.setClinics(context.clinics().getOrDefault(provider.id, List.of()).stream().map(link -> {
            var clinic = new ProviderClinic();
            clinic.setClinicId(link.clinicId());
            clinic.setClinicName(link.clinicName());
            clinic.setCommunityId(link.communityId());
            clinic.setCommunityName(link.communityName());
            return clinic;
        }).toList());
        ProviderCapacity capacity = context.capacities().get(provider.id);
        boolean stale = capacity != null && capacity.lastConfirmedAt.isBefore(context.freshSince());
        api.setCapacityStale(stale);
        api.setAcceptingNewPatients(capacity != null && capacity.accepting && !stale);
        api.setCreatedAt(Date.from(provider.createdAt));
        api.setUpdatedAt(Date.from(provider.updatedAt));
        return api;
    }

    static Capacity toApi(CapacityService.View view) {
        var api = new Capacity();
        api.setProviderId(view.providerId());
        ProviderCapacity statement = view.statement();
        var mix = new ComplexityMix();
        mix.setLowPercent(statement == null ? 0 : statement.lowPercent);
        mix.setModeratePercent(statement == null ? 0 : statement.moderatePercent);
        mix.setHighPercent(statement == null ? 0 : statement.highPercent);
        api.setComplexityMix(mix);
        api.setAcceptingNewPatients(view.accepting());
        api.setMonthlyCapacity(statement == null ? 0 : statement.monthlyCapacity);
        api.setDesiredPanelSize(statement == null ? 0 : statement.desiredPanelSize);
        api.setStaleAfterDays(view.staleAfterDays());
        api.setStale(view.stale());
        api.setStaleReason(view.staleReason());
        api.setUsedThisMonth(view.usedThisMonth());
        api.setRemainingThisMonth(view.remainingThisMonth());
        api.setCurrentPanelSize(view.currentPanelSize());
        api.setOfferedPatients(view.offeredPatients());
        if (statement != null) {
            api.setNotes(statement.notes);
            api.setLastConfirmedAt(Date.from(statement.lastConfirmedAt));
            api.setUpdatedAt(Date.from(statement.updatedAt));
            if (statement.updatedBySubject != null) {
                var actor = new ActorRef();
                actor.setSubject(statement.updatedBySubject);
                actor.setName(statement.updatedByName);
                api.setUpdatedBy(actor);
            }
        }
        return api;
    }

    static ProviderService.Details details(ProviderCreate input) {
        return new ProviderService.Details(input.getSubject(), input.getName(), input.getType().value(),
                input.getMspPractitionerNumber(), input.getEmail(), input.getPhone(), input.getLanguages(),
                value(input.getGender()));
    }

    static ProviderService.Details details(ProviderUpdate input) {
        return new ProviderService.Details(input.getSubject(), input.getName(), input.getType().value(),
                input.getMspPractitionerNumber(), input.getEmail(), input.getPhone(), input.getLanguages(),
                value(input.getGender()));
    }

    private static String value(ProviderGender gender) {
        return gender == null ? null : gender.value();
    }

    static CapacityService.Statement statement(CapacityInput input) {
        ComplexityMix mix = input.getComplexityMix();
        return new CapacityService.Statement(input.getAcceptingNewPatients(), input.getMonthlyCapacity(),
                input.getDesiredPanelSize(),
                new CapacityService.ComplexityMix(mix.getLowPercent(), mix.getModeratePercent(), mix.getHighPercent()),
                input.getNotes());
    }
}
