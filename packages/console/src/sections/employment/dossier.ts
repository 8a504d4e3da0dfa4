import { graphql } from "../../gql";

/**
 * What the EmploymentPanel of 一人一档 shows, as a fragment the dossier spreads into its one `person(id)`
 * query (kept out of the panel's chunk so the query starts before the panel's code arrives).
 */
export const EmploymentPanelFragment = graphql(`
  fragment EmploymentPanel on Person {
    id
    employmentActivity {
      ...ActivityActor
    }
    employment {
      offerCount
      offersRequired
      case {
        id
        status
        openedOn
        caseworker
      }
      offers {
        id
        offeredOn
        employer
        position
        monthlyWageFen
        outcome
        declineReason
        recordedBy
      }
      placement {
        id
        employer
        kind
        since
      }
    }
  }
`);
