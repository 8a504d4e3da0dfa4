import { graphql } from "../../gql";

/**
 * What the BurdenPanel of 一人一档 shows, as a fragment the dossier spreads into its one `person(id)`
 * query (kept out of the panel's chunk so the query starts before the panel's code arrives).
 */
export const BurdenPanelFragment = graphql(`
  fragment BurdenPanel on Person {
    id
    burdenNotices {
      id
      claimDate
      outOfPocketFen
      reason
      acknowledgedOn
      followUp
    }
  }
`);
