import { graphql } from "../../gql";

/**
 * What the RegistryPanel of 一人一档 shows, as a fragment the dossier spreads into its one `person(id)`
 * query (kept out of the panel's chunk so the query starts before the panel's code arrives).
 */
export const RegistryPanelFragment = graphql(`
  fragment RegistryPanel on Person {
    id
    name
    idNumberMasked
    sex
    birthDate
    age
    phone
    townshipCode
    village
    povertyStatus
    registeredOn
    exitedOn
    laborCapacity
    education
    willingToWork
    willingToTrain
    entrepreneurshipIntention
    disabilityCertificate
    isHead
    household {
      id
      number
      minimumLivingGuarantee
      urbanZeroEmployment
      ruralZeroTransferEmployment
      members {
        id
        name
        isHead
      }
    }
    needsSurveys {
      id
      surveyedOn
      surveyedBy
      needsWork
      needsTraining
      needsEntrepreneurship
      note
    }
  }
`);
