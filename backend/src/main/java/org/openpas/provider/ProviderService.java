package org.openpas.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpas.audit.AuditLog;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.Text;
import org.openpas.common.Versions;

/** The provider registry: admins add providers; providers keep their own profile current. */
@ApplicationScoped
public class ProviderService {

    /** The filters of GET /providers; every one is optional. */
    public record Filter(String text, UUID communityId, UUID clinicId, String type, String language,
            Boolean accepting) {
    }

    /** What creating and updating a provider set; {@code type} and {@code gender} (null: not stated) by their codes. */
    public record Details(String subject, String name, String type, String mspNumber, String email, String phone,
            Set<String> languages, String gender) {
    }

    private final ProviderRepository providers;
    private final ProviderAccess access;
    private final CapacityService capacity;
    private final ProviderCapacityRepository capacities;
    private final AuditLog audit;

    public ProviderService(ProviderRepository providers, ProviderAccess access, CapacityService capacity,
            ProviderCapacityRepository capacities, AuditLog audit) {
        this.capacities = capacities;
        this.providers = providers;
        this.access = access;
        this.capacity = capacity;
        this.audit = audit;
    }

    public PageResult<Provider> search(ProviderService.Filter filter, int page, int size) {
        return PageResult.of(providers.search(filter, capacity.freshSince()), page, size);
    }

    public Provider get(UUID id) {
        return access.provider(id);
    }

    @Transactional
    public Provider create(Details input) {
        requireUnique(input.mspNumber(), input.email(), input.subject(), null);
        Provider provider = new Provider();
        apply(input, provider);
        providers.persist(provider);
        audit.success("PROVIDER_CREATE", "PROVIDER", provider.id, provider.name);
        return provider;
    }

    /**
     * A provider edits their own name, email, phone, languages and gender; identity, type, MSP number and
     * status are an admin's to change (403 when a provider sends other values than the current ones).
     */
    @Transactional
    public Provider update(UUID id, String ifMatch, Details input, String status) {
        Provider provider = access.requireOwn(id, "PROVIDER_UPDATE", "PROVIDER");
        Versions.requireMatch(ifMatch, provider.version);
        boolean adminFieldsChanged = !Objects.equals(input.subject(), provider.subject)
                || !input.type().equals(provider.type)
                || !input.mspNumber().equals(provider.mspNumber)
                || !status.equals(provider.status);
        if (adminFieldsChanged) {
            access.requireAdminForAdminFields(id);
        }
        requireUnique(input.mspNumber(), input.email(), input.subject(), id);
        provider.status = status;
        apply(input, provider);
        providers.flush();
        audit.success("PROVIDER_UPDATE", "PROVIDER", id, null);
        return provider;
    }

    private void requireUnique(String mspNumber, String email, String subject, UUID self) {
        if (providers.mspNumberTaken(mspNumber, self)) {
            throw ProblemException.conflict("Another provider has the MSP practitioner number " + mspNumber + ".");
        }
        if (providers.emailTaken(email, self)) {
            throw ProblemException.conflict("Another provider has the email " + email + ".");
        }
        if (providers.subjectTaken(subject, self)) {
            throw ProblemException.conflict("Another provider is already linked to the user " + subject + ".");
        }
    }

    private static void apply(Details input, Provider provider) {
        provider.subject = input.subject();
        provider.type = input.type();
        provider.mspNumber = input.mspNumber();
        provider.name = Text.required(input.name(), "name");
        provider.email = input.email();
        provider.phone = input.phone() == null || input.phone().isBlank() ? null : input.phone().trim();
        List<String> sorted = input.languages().stream().distinct().sorted().toList();
        // The generated beans do not check the items of a list: the contract's ISO 639 pattern, here.
        if (sorted.stream().anyMatch(code -> !code.matches("[a-z]{2,3}"))) {
            throw ProblemException.badRequest("The field 'languages' has a value that is not an ISO 639 code.",
                    List.of(new ProblemException.FieldError("languages", "must be ISO 639 codes (^[a-z]{2,3}$)")));
        }
        provider.languages = sorted.toArray(String[]::new);
        provider.gender = input.gender();
    }

    static List<String> languages(Provider provider) {
        return Arrays.asList(provider.languages);
    }

    /**
     * Links the account {@code subject} to the provider record, as an admin setting the provider's subject
     * does; 409 when the record is linked to an account already or the account to another provider. Audited
     * as PROVIDER_LINK with {@code how} (what the link rests on: the asserted number, the approved claim).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Provider link(UUID providerId, String subject, String how) {
        Provider provider = providers.findByIdOptional(providerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Provider", providerId));
        if (provider.subject != null) {
            throw ProblemException.conflict("The provider record " + provider.name + " is already linked to an account.");
        }
        if (providers.subjectTaken(subject, null)) {
            throw ProblemException.conflict("The account " + subject + " is already linked to another provider record.");
        }
        provider.subject = subject;
        providers.flush();
        audit.success("PROVIDER_LINK", "PROVIDER", provider.id, "subject " + subject + "; " + how);
        return provider;
    }

    /**
     * At sign-in: links {@code subject} to the provider record with this MSP number when that record is linked
     * to no account and the account to no provider (else nothing changes). Audited as PROVIDER_LINK.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Provider> linkByMspNumber(String mspNumber, String subject, String how) {
        Optional<Provider> match = providers.find("mspNumber", mspNumber).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (match.isEmpty() || match.get().subject != null || providers.subjectTaken(subject, null)) {
            return Optional.empty();
        }
        return Optional.of(link(match.get().id, subject, how));
    }

    public Optional<Provider> findByMspNumber(String mspNumber) {
        return providers.find("mspNumber", mspNumber).firstResultOptional();
    }

    /** Providers by id, for pages that show the providers they name. */
    public Map<UUID, Provider> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : providers.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(provider -> provider.id, provider -> provider));
    }

    /** The provider linked to this account (its token's subject), if any. */
    public Optional<Provider> findBySubject(String subject) {
        return providers.findBySubject(subject);
    }

    public Optional<Provider> find(UUID id) {
        return providers.findByIdOptional(id);
    }

    /** Provider names by id, for pages that name the providers they involve. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        return byIds(ids).values().stream().collect(Collectors.toMap(provider -> provider.id, provider -> provider.name));
    }

    /** The communities of the clinics where this account's provider works. */
    public List<UUID> communitiesOfUser(String subject) {
        return providers.communitiesOfUser(subject);
    }

    /** The communities of the clinics where these providers work. */
    public List<UUID> communitiesOf(Collection<UUID> providerIds) {
        return providerIds.isEmpty() ? List.of() : providers.communitiesOfProviders(providerIds);
    }

    /** What a page of providers is shown with: their clinics and capacity statements. */
    public ProviderMapper.Context contextOf(List<Provider> page) {
        List<UUID> ids = page.stream().map(provider -> provider.id).toList();
        return ProviderMapper.Context.of(providers.clinicsOf(ids), capacities.ofProviders(ids), capacity.freshSince());
    }
}
