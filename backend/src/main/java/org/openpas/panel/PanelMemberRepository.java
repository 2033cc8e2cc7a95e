package org.openpas.panel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpas.common.Like;
import org.openpas.common.PageResult;
import org.openpas.common.Province;
import org.openpas.provider.ProviderPanels;

@ApplicationScoped
public class PanelMemberRepository implements PanacheRepositoryBase<PanelMember, UUID> {

    /**
     * One page of a provider's panel ordered by family name, given names; {@code text} of 10 digits
     * is an exact PHN, anything else part of a name. Uses panel_member_provider_idx, then the patients by key.
     */
    public PageResult<PanelMember> search(UUID providerId, String text, String source, int page, int size) {
        StringBuilder hql = new StringBuilder(" where m.providerId = :provider");
        Parameters params = Parameters.with("provider", providerId);
        if (source != null) {
            hql.append(" and m.source = :source");
            params.and("source", source);
        }
        if (text != null && !text.isBlank()) {
            if (text.trim().matches("[0-9]{10}")) {
                hql.append(" and p.phn = :phn");
                params.and("phn", text.trim());
            } else {
                hql.append(" and (lower(p.familyName) like :text or lower(p.givenNames) like :text"
                        + " or lower(concat(p.givenNames, ' ', p.familyName)) like :text)");
                params.and("text", Like.contains(text));
            }
        }
        List<PanelMember> members = find("from PanelMember m join fetch m.patient p" + hql
                + " order by lower(p.familyName), lower(p.givenNames), p.id", params)
                .page(Page.of(page, size))
                .list();
        long total = count("from PanelMember m join m.patient p" + hql, params);
        return new PageResult<>(members, page, size, total);
    }

    /** The whole panel as who and since when (no patient loaded), oldest first: uses panel_member_provider_idx. */
    public List<Membership> memberships(UUID providerId) {
        return getEntityManager().createQuery("""
                select new org.openpas.panel.PanelMemberRepository$Membership(m.patientId, m.since) from PanelMember m
                where m.providerId = :provider order by m.since, m.patientId""", Membership.class)
                .setParameter("provider", providerId).getResultList();
    }

    /** A patient on a panel, since a date. */
    public record Membership(UUID patientId, java.time.LocalDate since) {
    }

    /** The membership of this patient on this provider's panel, with the patient. */
    public Optional<PanelMember> findOnPanel(UUID providerId, UUID patientId) {
        return find("from PanelMember m join fetch m.patient where m.patientId = ?1 and m.providerId = ?2", patientId,
                providerId).singleResultOptional();
    }

    public boolean isOnAPanel(UUID patientId) {
        return count("patientId", patientId) > 0;
    }

    /** Adds a patient attached through PAS (matching) to the provider's panel, from today. */
    public void insertAttachment(UUID patientId, UUID providerId, Instant now, String actorSubject) {
        getEntityManager().createNativeQuery("""
                insert into panel_member (patient_id, provider_id, since, source, added_at, added_by_subject)
                values (:patient, :provider, :since, 'PAS_ATTACHMENT', :now, :actor)""")
                .setParameter("patient", patientId).setParameter("provider", providerId)
                .setParameter("since", Province.today())
                .setParameter("now", now).setParameter("actor", actorSubject)
                .executeUpdate();
    }

    /** A merge of two patient records: the other record's membership becomes the survivor's. */
    public void moveMembership(UUID otherPatientId, UUID survivorPatientId) {
        getEntityManager().createNativeQuery("update panel_member set patient_id = :s where patient_id = :o")
                .setParameter("s", survivorPatientId).setParameter("o", otherPatientId).executeUpdate();
    }

    /** The panel's size and the patients attached to it through PAS since {@code since}, in one query. */
    public ProviderPanels.Counts countsOf(UUID providerId, Instant since) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*),
                       count(*) filter (where source = 'PAS_ATTACHMENT' and added_at >= :since)
                from panel_member where provider_id = :provider""")
                .setParameter("provider", providerId)
                .setParameter("since", since)
                .getSingleResult();
        return new ProviderPanels.Counts(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    /** {@link #countsOf(UUID, Instant)} for several providers, in one query. */
    public java.util.Map<UUID, ProviderPanels.Counts> countsOf(java.util.Collection<UUID> providerIds, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select provider_id, count(*),
                       count(*) filter (where source = 'PAS_ATTACHMENT' and added_at >= :since)
                from panel_member where provider_id = any(:providers)
                group by provider_id""", Object[].class)
                .setParameter("providers", providerIds.toArray(UUID[]::new))
                .setParameter("since", since)
                .getResultList();
        java.util.Map<UUID, ProviderPanels.Counts> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0],
                new ProviderPanels.Counts(((Number) row[1]).intValue(), ((Number) row[2]).intValue())));
        return counts;
    }
}
