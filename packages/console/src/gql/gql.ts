/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n": typeof types.TownshipsDocument,
    "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RegisterPersonDocument,
    "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n": typeof types.RegisterHouseholdDocument,
    "\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n": typeof types.HouseholdsOfVillageDocument,
    "\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n": typeof types.RecordNeedsSurveyDocument,
    "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n": typeof types.RecordExitDocument,
    "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n": typeof types.RegistryOfPersonDocument,
};
const documents: Documents = {
    "\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n": types.TownshipsDocument,
    "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.RegisterPersonDocument,
    "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n": types.RegisterHouseholdDocument,
    "\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n": types.HouseholdsOfVillageDocument,
    "\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n": types.RecordNeedsSurveyDocument,
    "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n": types.RecordExitDocument,
    "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n": types.RegistryOfPersonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n"): (typeof documents)["\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n"): (typeof documents)["\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;