package org.openpas.waitlist;

import java.util.Date;
import org.openpas.api.beans.WaitEstimate;
import org.openpas.api.beans.WaitlistStatus;
import org.openpas.community.Community;
import org.openpas.patient.Patient;

/**
 * An honest wait estimate: the patient's place among those waiting in their community, and a band
 * from the community's attachments over the last 90 days. Too few attachments, no band.
 */
public final class WaitEstimateMapper {

    /** Below this many attachments in 90 days the rate says too little to estimate from. */
    static final int MIN_ATTACHMENTS = 10;

    private WaitEstimateMapper() {
    }

    public static WaitEstimate of(Patient patient, WaitlistService.Standing standing) {
        WaitlistEntry entry = standing.entry();
        Community community = standing.community();
        var api = new WaitEstimate();
        api.setPatientId(patient.id);
        api.setEntryId(entry.id);
        api.setCommunityId(community.id);
        api.setCommunityName(community.name);
        api.setStatus(WaitlistStatus.fromValue(entry.status));
        api.setWaitingInCommunity((int) standing.waiting());
        api.setAttachmentsLast90Days((int) standing.attachedLast90Days());
        api.setAttachmentsPerMonth((int) (standing.attachedLast90Days() / 3));
        api.setComputedAt(new Date());
        api.setMethod("Your place is 1 + the people waiting in " + community.name + " who are ahead of you (time "
                + "waiting, plus two weeks for each priority point from the health questionnaire). The band divides "
                + "your place by the number of people attached in " + community.name + " per month over the last "
                + "90 days, plus or minus 25 %. Others may register with higher priority, so it can move both ways.");
        if (standing.position() == null) {
            api.setBandLabel("PAUSED".equals(entry.status)
                    ? "No estimate: paused until the contact details are confirmed (the place is kept)."
                    : "No estimate: this registration is " + entry.status.toLowerCase() + ".");
            return api;
        }
        long position = standing.position();
        api.setPosition((int) position);
        if (standing.attachedLast90Days() < MIN_ATTACHMENTS) {
            api.setBandLabel("No estimate yet: fewer than " + MIN_ATTACHMENTS
                    + " attachments in this community in the last 90 days.");
            return api;
        }
        double perMonth = standing.attachedLast90Days() / 3.0;
        int low = (int) Math.floor(position / (perMonth * 1.25));
        int high = (int) Math.ceil(position / (perMonth * 0.75));
        api.setBandLowMonths(low);
        api.setBandHighMonths(high);
        api.setBandLabel("about " + low + "-" + high + " months");
        return api;
    }
}
