import { graphql } from "../../gql";

/**
 * What the SocialSecurityPanel of 一人一档 shows, as a fragment the dossier spreads into its one `person(id)`
 * query (kept out of the panel's chunk so the query starts before the panel's code arrives).
 */
export const SocialSecurityPanelFragment = graphql(`
  fragment SocialSecurityPanel on Person {
    id
    socialSecurityActivity {
      ...ActivityActor
    }
    socialSecurity {
      poorPersonAdjustments
      enrolments {
        id
        scheme
        schemeYear
        status
        enrolledOn
      }
      premiumSubsidies {
        id
        scheme
        year
        standardFen
        paidFen
        state
      }
      pensionLedgerEntry {
        id
        status
        monthlyBenefitFen
        benefitStartsOn
      }
      settlements {
        id
        claimDate
        totalCostFen
        paidByPayersFen
        outOfPocketFen
        settledBy
        lines {
          payer
          paidFen
        }
      }
    }
  }
`);
