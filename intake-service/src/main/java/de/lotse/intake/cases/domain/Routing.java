package de.lotse.intake.cases.domain;

import java.time.LocalDate;

/**
 * Which FM area a case is in where the policy routes customers between specialised FMs, and the dates of
 * a handover to the FM for customers close to the labour market (UCKERMARK 3, 4.2, 6.6; docs/domain.md §18).
 * Whether the first talk after a handover took place is not kept here: it is the first contact with the
 * customer that planning records on or after the handover (no double entry).
 *
 * @param segment                  MARKET_FAR, MARKET_NEAR or U25
 * @param handedOverOn             the handover to the market-near FM, while in MARKET_NEAR
 * @param invitationDueOn          the written invitation is due by then (UCKERMARK 4.2: 5 working days)
 * @param invitationSentOn         when it was sent
 * @param talkDueOn                the first talk with the market-near FM is due by then (10 working days)
 * @param reviewOn                 the market-near FM assesses whether to go on (6 months, then after each review)
 * @param reactivationInstructedOn the last full instruction on legal consequences on reactivation from X, Y, Z
 *                                 (UCKERMARK 4.1.1, 5.1)
 * @param targetGroup              a young customer's target group (UCKERMARK 5.2), while in U25
 * @param targetGroupSince         since when
 * @param targetGroupKeyDate       leaving school (pupils) or the end of training (graduates)
 * @param targetGroupReviewOn      when its transition rule asks the FM U25 to look again
 */
public record Routing(
        Segment segment,
        LocalDate handedOverOn,
        LocalDate invitationDueOn,
        LocalDate invitationSentOn,
        LocalDate talkDueOn,
        LocalDate reviewOn,
        LocalDate reactivationInstructedOn,
        U25TargetGroup targetGroup,
        LocalDate targetGroupSince,
        LocalDate targetGroupKeyDate,
        LocalDate targetGroupReviewOn) {

    /** The FM area: far from or close to the labour market (aged 25 and over), or the FM U25. */
    public enum Segment {
        MARKET_FAR,
        MARKET_NEAR,
        U25
    }

    /** Where a new case starts: the ESB is held by the FM for market-far customers or the FM U25 (UCKERMARK 3). */
    static Routing start(boolean under25) {
        return new Routing(
                under25 ? Segment.U25 : Segment.MARKET_FAR, null, null, null, null, null, null, null, null, null, null);
    }

    Routing handedOver(LocalDate on, LocalDate invitationDue, LocalDate talkDue, LocalDate review) {
        return new Routing(
                Segment.MARKET_NEAR,
                on,
                invitationDue,
                null,
                talkDue,
                review,
                reactivationInstructedOn,
                null,
                null,
                null,
                null);
    }

    Routing handedBack() {
        return new Routing(
                Segment.MARKET_FAR, null, null, null, null, null, reactivationInstructedOn, null, null, null, null);
    }

    Routing movedTo(Segment to) {
        return to == Segment.MARKET_NEAR
                ? this
                : new Routing(to, null, null, null, null, null, reactivationInstructedOn, null, null, null, null);
    }

    Routing invited(LocalDate on) {
        return new Routing(
                segment,
                handedOverOn,
                invitationDueOn,
                on,
                talkDueOn,
                reviewOn,
                reactivationInstructedOn,
                targetGroup,
                targetGroupSince,
                targetGroupKeyDate,
                targetGroupReviewOn);
    }

    Routing reviewed(LocalDate next) {
        return new Routing(
                segment,
                handedOverOn,
                invitationDueOn,
                invitationSentOn,
                talkDueOn,
                next,
                reactivationInstructedOn,
                targetGroup,
                targetGroupSince,
                targetGroupKeyDate,
                targetGroupReviewOn);
    }

    Routing instructed(LocalDate on) {
        return new Routing(
                segment,
                handedOverOn,
                invitationDueOn,
                invitationSentOn,
                talkDueOn,
                reviewOn,
                on,
                targetGroup,
                targetGroupSince,
                targetGroupKeyDate,
                targetGroupReviewOn);
    }

    Routing inTargetGroup(U25TargetGroup group, LocalDate since, LocalDate keyDate) {
        return new Routing(
                segment,
                handedOverOn,
                invitationDueOn,
                invitationSentOn,
                talkDueOn,
                reviewOn,
                reactivationInstructedOn,
                group,
                since,
                keyDate,
                group.reviewOn(since, keyDate));
    }
}
