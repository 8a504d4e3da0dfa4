import { graphql } from "../../gql";

/** Every figure of the 工作台 in one request through the gateway. */
export const Dashboard = graphql(`
  query Dashboard {
    people(first: 1) {
      totalCount
    }
    registered: people(first: 1, filter: { povertyStatus: REGISTERED }) {
      totalCount
    }
    openCases: assistanceCases(first: 1, filter: { status: OPEN }) {
      totalCount
    }
    offerGaps(first: 1) {
      totalCount
    }
    burdenNotices(first: 1, filter: { open: true }) {
      totalCount
    }
    postFigures {
      held
      filled
      vacant
      occupancyRateBp
      heldCheck {
        actual
        met
        target {
          value
        }
      }
      occupancyCheck {
        met
        target {
          value
        }
      }
    }
  }
`);
