package org.sescert.rating;

import java.time.LocalDate;
import java.util.List;

/**
 * A Performance Review Board as the cycle shows it: its members, how many career appointees
 * it reviews, and which of its members are among the executives it reviews.
 */
public record PrbCase(String prbId, List<Member> members, long careerAppointeesReviewed, List<String> membersItReviews) {

    public PrbCase {
        members = List.copyOf(members);
        membersItReviews = List.copyOf(membersItReviews);
    }

    public record Member(String memberId, String appointmentType, LocalDate frPublished, LocalDate serviceStart) {
        boolean career() {
            return "CAREER".equals(appointmentType);
        }
    }
}
