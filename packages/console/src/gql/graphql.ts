/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 文化程度 Education */
export type Education =
  /** 本科 Bachelor */
  | 'BACHELOR'
  /** 大专 Junior college */
  | 'JUNIOR_COLLEGE'
  /** 初中 Junior secondary */
  | 'JUNIOR_SECONDARY'
  /** 无 None */
  | 'NONE'
  /** 研究生 Postgraduate */
  | 'POSTGRADUATE'
  /** 小学 Primary */
  | 'PRIMARY'
  /** 高中 Senior secondary */
  | 'SENIOR_SECONDARY'
  /** 中专/技校 Vocational secondary */
  | 'VOCATIONAL';

/** 家庭标记 Household flags */
export type HouseholdFlagsInput = {
  /** 低保家庭 */
  minimumLivingGuarantee?: boolean;
  /** 农村零转移就业贫困家庭 */
  ruralZeroTransferEmployment?: boolean;
  /** 城镇零就业家庭 */
  urbanZeroEmployment?: boolean;
};

export type HouseholdsFilter = {
  minimumLivingGuarantee?: boolean | null | undefined;
  ruralZeroTransferEmployment?: boolean | null | undefined;
  townshipCodes?: Array<string> | null | undefined;
  urbanZeroEmployment?: boolean | null | undefined;
  village?: string | null | undefined;
};

/** 劳动能力 Labour capacity */
export type LaborCapacity =
  /** 全部劳动能力 Full */
  | 'FULL'
  /** 无劳动能力 None */
  | 'NONE'
  /** 部分劳动能力 Partial */
  | 'PARTIAL';

/** 人员筛选 Filters of the people list */
export type PeopleFilter = {
  /** 最大年龄 Maximum age (inclusive) */
  ageMax?: number | null | undefined;
  /** 最小年龄 Minimum age (inclusive) */
  ageMin?: number | null | undefined;
  /** 计算年龄的日期 Date ages are taken on (default today) */
  ageOn?: string | null | undefined;
  disabilityCertificate?: boolean | null | undefined;
  entrepreneurshipCapacity?: boolean | null | undefined;
  entrepreneurshipIntention?: boolean | null | undefined;
  householdId?: string | number | null | undefined;
  laborCapacities?: Array<LaborCapacity> | null | undefined;
  povertyStatus?: PovertyStatus | null | undefined;
  /** 姓名包含、脱敏身份证号（110101********1234），或完整身份证号（仅限可见完整号码的角色） Part of the name, the masked ID number, or a whole ID number (only roles shown whole numbers; others get BAD_USER_INPUT) */
  search?: string | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
  village?: string | null | undefined;
  willingToTrain?: boolean | null | undefined;
  willingToWork?: boolean | null | undefined;
};

/** 贫困状态 Poverty status */
export type PovertyStatus =
  /** 已脱贫 Exited poverty (keeps every benefit, R-PRIN-1) */
  | 'EXITED'
  /** 建档立卡 Registered as poor */
  | 'REGISTERED';

/** 记录脱贫 Record an exit from poverty (R-PRIN-1: no entitlement ends) */
export type RecordExitInput = {
  /** 脱贫日期 Exited on */
  exitedOn: string;
  personId: string | number;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 记录需求调查 Record a needs survey (R-REQ-2) */
export type RecordNeedsSurveyInput = {
  needsEntrepreneurship: boolean;
  needsTraining: boolean;
  needsWork: boolean;
  note?: string | null | undefined;
  personId: string | number;
  /** 调查日期 Surveyed on (default today) */
  surveyedOn?: string | null | undefined;
};

/** 登记户 Register a household */
export type RegisterHouseholdInput = {
  minimumLivingGuarantee?: boolean;
  /** 户编号 Household number (unique when given) */
  number?: string | null | undefined;
  ruralZeroTransferEmployment?: boolean;
  townshipCode: string;
  urbanZeroEmployment?: boolean;
  village: string;
};

/** 登记贫困人口 Register a poor person */
export type RegisterPersonInput = {
  disabilityCertificate?: boolean;
  education?: Education;
  entrepreneurshipCapacity?: boolean;
  entrepreneurshipIntention?: boolean;
  graduationDate?: string | null | undefined;
  /** 新户的标记 Flags of the new household */
  householdFlags?: HouseholdFlagsInput | null | undefined;
  /** 所在户 Existing household; omit to create a new household headed by this person */
  householdId?: string | number | null | undefined;
  /** 身份证号 ID-card number (GB 11643-1999, 18 characters) */
  idNumber: string;
  /** 是否户主 Head of the household */
  isHead?: boolean;
  /** 劳动能力 Labour capacity */
  laborCapacity: LaborCapacity;
  /** 姓名 Name */
  name: string;
  /** 手机号 Phone */
  phone?: string | null | undefined;
  /** 建档立卡日期 Registered on (default today) */
  registeredOn?: string | null | undefined;
  /** 镇街代码 Township (required when no household is given) */
  townshipCode?: string | null | undefined;
  /** 村/社区 Village (required when no household is given) */
  village?: string | null | undefined;
  willingToTrain?: boolean;
  willingToWork?: boolean;
};

/** 性别 Sex (derived from the ID-card number) */
export type Sex =
  | 'FEMALE'
  | 'MALE';

export type TownshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipsQuery = { townships: Array<{ code: string, name: string, concentrated: boolean }> };

export type RegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type RegisterPersonMutation = { registerPerson: { id: string, name: string, version: number } };

export type RegisterHouseholdMutationVariables = Exact<{
  input: RegisterHouseholdInput;
}>;


export type RegisterHouseholdMutation = { registerHousehold: { id: string, number: string | null, townshipCode: string, village: string } };

export type HouseholdsOfVillageQueryVariables = Exact<{
  filter?: HouseholdsFilter | null | undefined;
}>;


export type HouseholdsOfVillageQuery = { households: { nodes: Array<{ id: string, number: string | null, village: string, head: { name: string } | null }> } };

export type RecordNeedsSurveyMutationVariables = Exact<{
  input: RecordNeedsSurveyInput;
}>;


export type RecordNeedsSurveyMutation = { recordNeedsSurvey: { id: string, surveyedOn: string } };

export type RecordExitMutationVariables = Exact<{
  input: RecordExitInput;
}>;


export type RecordExitMutation = { recordExit: { id: string, povertyStatus: PovertyStatus, exitedOn: string | null, version: number } };

export type PeopleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PeopleFilter | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, idNumberMasked: string, sex: Sex, age: number, townshipCode: string, village: string, povertyStatus: PovertyStatus, laborCapacity: LaborCapacity, version: number, latestNeedsSurvey: { surveyedOn: string } | null, household: { id: string, number: string | null } }> } };

export type RegistryOfPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type RegistryOfPersonQuery = { person: { id: string, name: string, idNumberMasked: string, sex: Sex, birthDate: string, age: number, phone: string | null, townshipCode: string, village: string, povertyStatus: PovertyStatus, registeredOn: string, exitedOn: string | null, laborCapacity: LaborCapacity, education: Education, willingToWork: boolean, willingToTrain: boolean, entrepreneurshipIntention: boolean, disabilityCertificate: boolean, isHead: boolean, household: { id: string, number: string | null, minimumLivingGuarantee: boolean, urbanZeroEmployment: boolean, ruralZeroTransferEmployment: boolean, members: Array<{ id: string, name: string, isHead: boolean }> }, needsSurveys: Array<{ id: string, surveyedOn: string, surveyedBy: string, needsWork: boolean, needsTraining: boolean, needsEntrepreneurship: boolean, note: string | null }> } | null };


export const TownshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"concentrated"}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;
export const RegisterPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const RegisterHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]} as unknown as DocumentNode<RegisterHouseholdMutation, RegisterHouseholdMutationVariables>;
export const HouseholdsOfVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsOfVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsOfVillageQuery, HouseholdsOfVillageQueryVariables>;
export const RecordNeedsSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNeedsSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedsSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNeedsSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedOn"}}]}}]}}]} as unknown as DocumentNode<RecordNeedsSurveyMutation, RecordNeedsSurveyMutationVariables>;
export const RecordExitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordExitMutation, RecordExitMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"laborCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"latestNeedsSurvey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const RegistryOfPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryOfPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"laborCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"willingToWork"}},{"kind":"Field","name":{"kind":"Name","value":"willingToTrain"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurshipIntention"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"urbanZeroEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"ruralZeroTransferEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedOn"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsWork"}},{"kind":"Field","name":{"kind":"Name","value":"needsTraining"}},{"kind":"Field","name":{"kind":"Name","value":"needsEntrepreneurship"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RegistryOfPersonQuery, RegistryOfPersonQueryVariables>;