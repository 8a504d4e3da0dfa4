import { graphql } from "../../gql";

/**
 * What the skills panel of 一人一档 shows, as a fragment the dossier spreads into its one
 * `person(id)` query (kept out of the panel's chunk so the query starts before the panel's code).
 */
export const SkillsPanelFragment = graphql(`
  fragment SkillsPanel on Person {
    id
    skills {
      openNeed {
        id
        openedOn
        enrolledOn
        waitingDays
      }
      enrolments {
        id
        enrolledOn
        status
        completedOn
        project {
          id
          courseName
          institution {
            name
          }
        }
        certificate {
          id
          type
          number
          issuedOn
        }
      }
    }
  }
`);
