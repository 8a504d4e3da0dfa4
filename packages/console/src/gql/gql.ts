/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

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
  "\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n": typeof types.TownshipsDocument;
  "\n  query Dashboard {\n    people(first: 1) {\n      totalCount\n    }\n    registered: people(first: 1, filter: { povertyStatus: REGISTERED }) {\n      totalCount\n    }\n    openCases: assistanceCases(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n    offerGaps(first: 1) {\n      totalCount\n    }\n    burdenNotices(first: 1, filter: { open: true }) {\n      totalCount\n    }\n    postFigures {\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument;
  "\n  query FindPeople($search: String!) {\n    people(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n        village\n      }\n    }\n  }\n": typeof types.FindPeopleDocument;
  "\n  query DossierTimeline($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      registeredOn\n      exitedOn\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n      }\n      employment {\n        case {\n          id\n          openedOn\n          openedBy\n          closedOn\n          closedBy\n          closeReason\n        }\n        offers {\n          id\n          offeredOn\n          recordedBy\n          employer\n          position\n        }\n        placements {\n          id\n          since\n          recordedBy\n          employer\n        }\n      }\n      socialSecurity {\n        enrolments {\n          id\n          scheme\n          enrolledOn\n        }\n        settlements {\n          id\n          claimDate\n          settledBy\n          outOfPocketFen\n        }\n      }\n      burdenNotices {\n        id\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n      }\n    }\n  }\n": typeof types.DossierTimelineDocument;
  "\n  query EmploymentFigures($year: Int) {\n    postFigures {\n      asOf\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n    projectFigures(year: $year) {\n      year\n      held {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      startedInYear {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n": typeof types.EmploymentFiguresDocument;
  "\n  query PostRosterExport {\n    postRosterExport\n  }\n": typeof types.PostRosterExportDocument;
  "\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCasesFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        openedOn\n        openedBy\n        caseworker\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n": typeof types.AssistanceCasesDocument;
  "\n  query OfferGaps($first: Int!, $after: String, $filter: OfferGapsFilter) {\n    offerGaps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        openedOn\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n": typeof types.OfferGapsDocument;
  "\n  mutation RecordJobOffer($input: RecordJobOfferInput!) {\n    recordJobOffer(input: $input) {\n      id\n      personId\n    }\n  }\n": typeof types.RecordJobOfferDocument;
  "\n  query OfferLedgerExport($filter: JobOffersFilter) {\n    offerLedgerExport(filter: $filter)\n  }\n": typeof types.OfferLedgerExportDocument;
  "\n  query JobFairs($first: Int!, $after: String, $filter: JobFairsFilter, $quarter: QuarterInput!) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        heldOn\n        kind\n        title\n        townshipCode\n        employers\n        positionsOffered\n        poorAttendees\n        offersMade\n        recordedBy\n      }\n    }\n    fairGaps(quarter: $quarter) {\n      townshipCode\n      name\n    }\n  }\n": typeof types.JobFairsDocument;
  "\n  query JobFairListExport($filter: JobFairsFilter) {\n    jobFairListExport(filter: $filter)\n  }\n": typeof types.JobFairListExportDocument;
  "\n  query EmploymentOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      employment {\n        offerCount\n        offersRequired\n        case {\n          id\n          status\n          openedOn\n          caseworker\n        }\n        offers {\n          id\n          offeredOn\n          employer\n          position\n          monthlyWageFen\n          outcome\n          recordedBy\n        }\n        placement {\n          id\n          employer\n          kind\n          since\n        }\n      }\n    }\n  }\n": typeof types.EmploymentOfPersonDocument;
  "\n  mutation ImportRegister($input: ImportRegisterInput!) {\n    importRegister(input: $input) {\n      accepted\n      dryRun\n      rowCount\n      created\n      updated\n      unchanged\n      householdsCreated\n      errors {\n        row\n        column\n        messageZh\n      }\n    }\n  }\n": typeof types.ImportRegisterDocument;
  "\n  query RegisterTemplate {\n    registerTemplate\n  }\n": typeof types.RegisterTemplateDocument;
  "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RegisterPersonDocument;
  "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n": typeof types.RegisterHouseholdDocument;
  "\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n": typeof types.HouseholdsOfVillageDocument;
  "\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n": typeof types.RecordNeedsSurveyDocument;
  "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n": typeof types.RecordExitDocument;
  "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument;
  "\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n": typeof types.RegistryOfPersonDocument;
  "\n  query BurdenNotices($first: Int!, $after: String, $filter: BurdenNoticesFilter) {\n    burdenNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        version\n        personId\n        townshipCode\n        claimDate\n        totalCostFen\n        outOfPocketFen\n        reason\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n": typeof types.BurdenNoticesDocument;
  "\n  mutation AcknowledgeBurdenNotice($input: AcknowledgeBurdenNoticeInput!) {\n    acknowledgeBurdenNotice(input: $input) {\n      id\n      version\n      acknowledgedOn\n    }\n  }\n": typeof types.AcknowledgeBurdenNoticeDocument;
  "\n  query BurdenNoticesOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      burdenNotices {\n        id\n        claimDate\n        outOfPocketFen\n        reason\n        acknowledgedOn\n        followUp\n      }\n    }\n  }\n": typeof types.BurdenNoticesOfPersonDocument;
  "\n  query ScreeningRuns($scheme: Scheme) {\n    screeningRuns(first: 10, scheme: $scheme) {\n      nodes {\n        id\n        scheme\n        asOf\n        ranAt\n        ranBy\n        peopleScreened\n        findingCount\n        enrolmentsCreated\n        subsidiesCreated\n      }\n    }\n  }\n": typeof types.ScreeningRunsDocument;
  "\n  query ScreeningFindings($runId: ID!, $first: Int!, $after: String, $kind: FindingKind) {\n    screeningFindings(runId: $runId, first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        detail\n        personId\n        townshipCode\n      }\n    }\n  }\n": typeof types.ScreeningFindingsDocument;
  "\n  mutation RunScreening($asOf: LocalDate!, $scheme: Scheme!) {\n    runScreening(asOf: $asOf, scheme: $scheme) {\n      id\n      findingCount\n    }\n  }\n": typeof types.RunScreeningDocument;
  "\n  query SubsidyLedgerExport($year: Int!, $scheme: Scheme) {\n    subsidyLedgerExport(year: $year, scheme: $scheme)\n  }\n": typeof types.SubsidyLedgerExportDocument;
  "\n  query PensionLedger($first: Int!, $after: String, $filter: PensionLedgerFilter) {\n    pensionLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        personId\n        townshipCode\n        status\n        turned60On\n        benefitStartsOn\n        monthlyBenefitFen\n        backPaymentFen\n        claimedOn\n        backPaidOn\n        payingSince\n        version\n      }\n    }\n  }\n": typeof types.PensionLedgerDocument;
  "\n  mutation PensionClaim($input: PensionStepInput!) {\n    recordPensionClaim(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PensionClaimDocument;
  "\n  mutation PensionBackPay($input: PensionStepInput!) {\n    recordPensionBackPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PensionBackPayDocument;
  "\n  mutation PensionStart($input: PensionStepInput!) {\n    startPensionPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PensionStartDocument;
  "\n  mutation RunPensionLedger($date: LocalDate!) {\n    runPensionLedger(date: $date) {\n      added\n      alreadyOnLedger\n    }\n  }\n": typeof types.RunPensionLedgerDocument;
  "\n  query PensionLedgerExport($filter: PensionLedgerFilter) {\n    pensionLedgerExport(filter: $filter)\n  }\n": typeof types.PensionLedgerExportDocument;
  "\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      claimDate\n      poorPerson\n      totalCostFen\n      paidByPayersFen\n      outOfPocketFen\n      lines {\n        payer\n        eligible\n        baseFen\n        deductibleAppliedFen\n        paidFen\n        capped\n      }\n      trace {\n        rule\n        zh\n        payer\n        amountFen\n      }\n      burdenReport {\n        id\n        reason\n      }\n    }\n  }\n": typeof types.SettleClaimDocument;
  "\n  query PersonPick($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n      }\n    }\n  }\n": typeof types.PersonPickDocument;
  "\n  query MedicalPolicyDrafts {\n    policyVersions(filter: { kind: MEDICAL }) {\n      id\n      name\n      status\n      validFrom\n    }\n  }\n": typeof types.MedicalPolicyDraftsDocument;
  "\n  query CompareSettlements($draft: ID!, $filter: SettlementsFilter) {\n    compareSettlements(draftPolicyVersionId: $draft, filter: $filter) {\n      settlementCount\n      totalPaid {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      outOfPocket {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      payers {\n        payer\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      largestChanges {\n        settlementId\n        personId\n        claimDate\n        baselineOutOfPocketFen\n        draftOutOfPocketFen\n        differenceFen\n      }\n    }\n  }\n": typeof types.CompareSettlementsDocument;
  "\n  query SocialSecurityOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      socialSecurity {\n        poorPersonAdjustments\n        enrolments {\n          id\n          scheme\n          schemeYear\n          status\n          enrolledOn\n        }\n        premiumSubsidies {\n          id\n          scheme\n          year\n          standardFen\n          paidFen\n          state\n        }\n        pensionLedgerEntry {\n          id\n          status\n          monthlyBenefitFen\n          benefitStartsOn\n        }\n        settlements {\n          id\n          claimDate\n          totalCostFen\n          paidByPayersFen\n          outOfPocketFen\n          settledBy\n          lines {\n            payer\n            paidFen\n          }\n        }\n      }\n    }\n  }\n": typeof types.SocialSecurityOfPersonDocument;
};
const documents: Documents = {
  "\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n":
    types.TownshipsDocument,
  "\n  query Dashboard {\n    people(first: 1) {\n      totalCount\n    }\n    registered: people(first: 1, filter: { povertyStatus: REGISTERED }) {\n      totalCount\n    }\n    openCases: assistanceCases(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n    offerGaps(first: 1) {\n      totalCount\n    }\n    burdenNotices(first: 1, filter: { open: true }) {\n      totalCount\n    }\n    postFigures {\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n":
    types.DashboardDocument,
  "\n  query FindPeople($search: String!) {\n    people(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n        village\n      }\n    }\n  }\n":
    types.FindPeopleDocument,
  "\n  query DossierTimeline($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      registeredOn\n      exitedOn\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n      }\n      employment {\n        case {\n          id\n          openedOn\n          openedBy\n          closedOn\n          closedBy\n          closeReason\n        }\n        offers {\n          id\n          offeredOn\n          recordedBy\n          employer\n          position\n        }\n        placements {\n          id\n          since\n          recordedBy\n          employer\n        }\n      }\n      socialSecurity {\n        enrolments {\n          id\n          scheme\n          enrolledOn\n        }\n        settlements {\n          id\n          claimDate\n          settledBy\n          outOfPocketFen\n        }\n      }\n      burdenNotices {\n        id\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n      }\n    }\n  }\n":
    types.DossierTimelineDocument,
  "\n  query EmploymentFigures($year: Int) {\n    postFigures {\n      asOf\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n    projectFigures(year: $year) {\n      year\n      held {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      startedInYear {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n":
    types.EmploymentFiguresDocument,
  "\n  query PostRosterExport {\n    postRosterExport\n  }\n": types.PostRosterExportDocument,
  "\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCasesFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        openedOn\n        openedBy\n        caseworker\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n":
    types.AssistanceCasesDocument,
  "\n  query OfferGaps($first: Int!, $after: String, $filter: OfferGapsFilter) {\n    offerGaps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        openedOn\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n":
    types.OfferGapsDocument,
  "\n  mutation RecordJobOffer($input: RecordJobOfferInput!) {\n    recordJobOffer(input: $input) {\n      id\n      personId\n    }\n  }\n":
    types.RecordJobOfferDocument,
  "\n  query OfferLedgerExport($filter: JobOffersFilter) {\n    offerLedgerExport(filter: $filter)\n  }\n":
    types.OfferLedgerExportDocument,
  "\n  query JobFairs($first: Int!, $after: String, $filter: JobFairsFilter, $quarter: QuarterInput!) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        heldOn\n        kind\n        title\n        townshipCode\n        employers\n        positionsOffered\n        poorAttendees\n        offersMade\n        recordedBy\n      }\n    }\n    fairGaps(quarter: $quarter) {\n      townshipCode\n      name\n    }\n  }\n":
    types.JobFairsDocument,
  "\n  query JobFairListExport($filter: JobFairsFilter) {\n    jobFairListExport(filter: $filter)\n  }\n":
    types.JobFairListExportDocument,
  "\n  query EmploymentOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      employment {\n        offerCount\n        offersRequired\n        case {\n          id\n          status\n          openedOn\n          caseworker\n        }\n        offers {\n          id\n          offeredOn\n          employer\n          position\n          monthlyWageFen\n          outcome\n          recordedBy\n        }\n        placement {\n          id\n          employer\n          kind\n          since\n        }\n      }\n    }\n  }\n":
    types.EmploymentOfPersonDocument,
  "\n  mutation ImportRegister($input: ImportRegisterInput!) {\n    importRegister(input: $input) {\n      accepted\n      dryRun\n      rowCount\n      created\n      updated\n      unchanged\n      householdsCreated\n      errors {\n        row\n        column\n        messageZh\n      }\n    }\n  }\n":
    types.ImportRegisterDocument,
  "\n  query RegisterTemplate {\n    registerTemplate\n  }\n": types.RegisterTemplateDocument,
  "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n":
    types.RegisterPersonDocument,
  "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n":
    types.RegisterHouseholdDocument,
  "\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n":
    types.HouseholdsOfVillageDocument,
  "\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n":
    types.RecordNeedsSurveyDocument,
  "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n":
    types.RecordExitDocument,
  "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n":
    types.PeopleDocument,
  "\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n":
    types.RegistryOfPersonDocument,
  "\n  query BurdenNotices($first: Int!, $after: String, $filter: BurdenNoticesFilter) {\n    burdenNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        version\n        personId\n        townshipCode\n        claimDate\n        totalCostFen\n        outOfPocketFen\n        reason\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n":
    types.BurdenNoticesDocument,
  "\n  mutation AcknowledgeBurdenNotice($input: AcknowledgeBurdenNoticeInput!) {\n    acknowledgeBurdenNotice(input: $input) {\n      id\n      version\n      acknowledgedOn\n    }\n  }\n":
    types.AcknowledgeBurdenNoticeDocument,
  "\n  query BurdenNoticesOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      burdenNotices {\n        id\n        claimDate\n        outOfPocketFen\n        reason\n        acknowledgedOn\n        followUp\n      }\n    }\n  }\n":
    types.BurdenNoticesOfPersonDocument,
  "\n  query ScreeningRuns($scheme: Scheme) {\n    screeningRuns(first: 10, scheme: $scheme) {\n      nodes {\n        id\n        scheme\n        asOf\n        ranAt\n        ranBy\n        peopleScreened\n        findingCount\n        enrolmentsCreated\n        subsidiesCreated\n      }\n    }\n  }\n":
    types.ScreeningRunsDocument,
  "\n  query ScreeningFindings($runId: ID!, $first: Int!, $after: String, $kind: FindingKind) {\n    screeningFindings(runId: $runId, first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        detail\n        personId\n        townshipCode\n      }\n    }\n  }\n":
    types.ScreeningFindingsDocument,
  "\n  mutation RunScreening($asOf: LocalDate!, $scheme: Scheme!) {\n    runScreening(asOf: $asOf, scheme: $scheme) {\n      id\n      findingCount\n    }\n  }\n":
    types.RunScreeningDocument,
  "\n  query SubsidyLedgerExport($year: Int!, $scheme: Scheme) {\n    subsidyLedgerExport(year: $year, scheme: $scheme)\n  }\n":
    types.SubsidyLedgerExportDocument,
  "\n  query PensionLedger($first: Int!, $after: String, $filter: PensionLedgerFilter) {\n    pensionLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        personId\n        townshipCode\n        status\n        turned60On\n        benefitStartsOn\n        monthlyBenefitFen\n        backPaymentFen\n        claimedOn\n        backPaidOn\n        payingSince\n        version\n      }\n    }\n  }\n":
    types.PensionLedgerDocument,
  "\n  mutation PensionClaim($input: PensionStepInput!) {\n    recordPensionClaim(input: $input) {\n      id\n      status\n      version\n    }\n  }\n":
    types.PensionClaimDocument,
  "\n  mutation PensionBackPay($input: PensionStepInput!) {\n    recordPensionBackPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n":
    types.PensionBackPayDocument,
  "\n  mutation PensionStart($input: PensionStepInput!) {\n    startPensionPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n":
    types.PensionStartDocument,
  "\n  mutation RunPensionLedger($date: LocalDate!) {\n    runPensionLedger(date: $date) {\n      added\n      alreadyOnLedger\n    }\n  }\n":
    types.RunPensionLedgerDocument,
  "\n  query PensionLedgerExport($filter: PensionLedgerFilter) {\n    pensionLedgerExport(filter: $filter)\n  }\n":
    types.PensionLedgerExportDocument,
  "\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      claimDate\n      poorPerson\n      totalCostFen\n      paidByPayersFen\n      outOfPocketFen\n      lines {\n        payer\n        eligible\n        baseFen\n        deductibleAppliedFen\n        paidFen\n        capped\n      }\n      trace {\n        rule\n        zh\n        payer\n        amountFen\n      }\n      burdenReport {\n        id\n        reason\n      }\n    }\n  }\n":
    types.SettleClaimDocument,
  "\n  query PersonPick($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n      }\n    }\n  }\n":
    types.PersonPickDocument,
  "\n  query MedicalPolicyDrafts {\n    policyVersions(filter: { kind: MEDICAL }) {\n      id\n      name\n      status\n      validFrom\n    }\n  }\n":
    types.MedicalPolicyDraftsDocument,
  "\n  query CompareSettlements($draft: ID!, $filter: SettlementsFilter) {\n    compareSettlements(draftPolicyVersionId: $draft, filter: $filter) {\n      settlementCount\n      totalPaid {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      outOfPocket {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      payers {\n        payer\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      largestChanges {\n        settlementId\n        personId\n        claimDate\n        baselineOutOfPocketFen\n        draftOutOfPocketFen\n        differenceFen\n      }\n    }\n  }\n":
    types.CompareSettlementsDocument,
  "\n  query SocialSecurityOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      socialSecurity {\n        poorPersonAdjustments\n        enrolments {\n          id\n          scheme\n          schemeYear\n          status\n          enrolledOn\n        }\n        premiumSubsidies {\n          id\n          scheme\n          year\n          standardFen\n          paidFen\n          state\n        }\n        pensionLedgerEntry {\n          id\n          status\n          monthlyBenefitFen\n          benefitStartsOn\n        }\n        settlements {\n          id\n          claimDate\n          totalCostFen\n          paidByPayersFen\n          outOfPocketFen\n          settledBy\n          lines {\n            payer\n            paidFen\n          }\n        }\n      }\n    }\n  }\n":
    types.SocialSecurityOfPersonDocument,
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
export function graphql(
  source: "\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n",
): (typeof documents)["\n  query Townships {\n    townships {\n      code\n      name\n      concentrated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Dashboard {\n    people(first: 1) {\n      totalCount\n    }\n    registered: people(first: 1, filter: { povertyStatus: REGISTERED }) {\n      totalCount\n    }\n    openCases: assistanceCases(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n    offerGaps(first: 1) {\n      totalCount\n    }\n    burdenNotices(first: 1, filter: { open: true }) {\n      totalCount\n    }\n    postFigures {\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query Dashboard {\n    people(first: 1) {\n      totalCount\n    }\n    registered: people(first: 1, filter: { povertyStatus: REGISTERED }) {\n      totalCount\n    }\n    openCases: assistanceCases(first: 1, filter: { status: OPEN }) {\n      totalCount\n    }\n    offerGaps(first: 1) {\n      totalCount\n    }\n    burdenNotices(first: 1, filter: { open: true }) {\n      totalCount\n    }\n    postFigures {\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FindPeople($search: String!) {\n    people(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n        village\n      }\n    }\n  }\n",
): (typeof documents)["\n  query FindPeople($search: String!) {\n    people(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n        village\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DossierTimeline($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      registeredOn\n      exitedOn\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n      }\n      employment {\n        case {\n          id\n          openedOn\n          openedBy\n          closedOn\n          closedBy\n          closeReason\n        }\n        offers {\n          id\n          offeredOn\n          recordedBy\n          employer\n          position\n        }\n        placements {\n          id\n          since\n          recordedBy\n          employer\n        }\n      }\n      socialSecurity {\n        enrolments {\n          id\n          scheme\n          enrolledOn\n        }\n        settlements {\n          id\n          claimDate\n          settledBy\n          outOfPocketFen\n        }\n      }\n      burdenNotices {\n        id\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DossierTimeline($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      registeredOn\n      exitedOn\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n      }\n      employment {\n        case {\n          id\n          openedOn\n          openedBy\n          closedOn\n          closedBy\n          closeReason\n        }\n        offers {\n          id\n          offeredOn\n          recordedBy\n          employer\n          position\n        }\n        placements {\n          id\n          since\n          recordedBy\n          employer\n        }\n      }\n      socialSecurity {\n        enrolments {\n          id\n          scheme\n          enrolledOn\n        }\n        settlements {\n          id\n          claimDate\n          settledBy\n          outOfPocketFen\n        }\n      }\n      burdenNotices {\n        id\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query EmploymentFigures($year: Int) {\n    postFigures {\n      asOf\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n    projectFigures(year: $year) {\n      year\n      held {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      startedInYear {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query EmploymentFigures($year: Int) {\n    postFigures {\n      asOf\n      held\n      filled\n      vacant\n      occupancyRateBp\n      heldCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      occupancyCheck {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n    projectFigures(year: $year) {\n      year\n      held {\n        actual\n        met\n        target {\n          value\n        }\n      }\n      startedInYear {\n        actual\n        met\n        target {\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PostRosterExport {\n    postRosterExport\n  }\n",
): (typeof documents)["\n  query PostRosterExport {\n    postRosterExport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCasesFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        openedOn\n        openedBy\n        caseworker\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCasesFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        openedOn\n        openedBy\n        caseworker\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OfferGaps($first: Int!, $after: String, $filter: OfferGapsFilter) {\n    offerGaps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        openedOn\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query OfferGaps($first: Int!, $after: String, $filter: OfferGapsFilter) {\n    offerGaps(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        openedOn\n        offerCount\n        offersMissing\n        townshipCode\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordJobOffer($input: RecordJobOfferInput!) {\n    recordJobOffer(input: $input) {\n      id\n      personId\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordJobOffer($input: RecordJobOfferInput!) {\n    recordJobOffer(input: $input) {\n      id\n      personId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OfferLedgerExport($filter: JobOffersFilter) {\n    offerLedgerExport(filter: $filter)\n  }\n",
): (typeof documents)["\n  query OfferLedgerExport($filter: JobOffersFilter) {\n    offerLedgerExport(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query JobFairs($first: Int!, $after: String, $filter: JobFairsFilter, $quarter: QuarterInput!) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        heldOn\n        kind\n        title\n        townshipCode\n        employers\n        positionsOffered\n        poorAttendees\n        offersMade\n        recordedBy\n      }\n    }\n    fairGaps(quarter: $quarter) {\n      townshipCode\n      name\n    }\n  }\n",
): (typeof documents)["\n  query JobFairs($first: Int!, $after: String, $filter: JobFairsFilter, $quarter: QuarterInput!) {\n    jobFairs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        heldOn\n        kind\n        title\n        townshipCode\n        employers\n        positionsOffered\n        poorAttendees\n        offersMade\n        recordedBy\n      }\n    }\n    fairGaps(quarter: $quarter) {\n      townshipCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query JobFairListExport($filter: JobFairsFilter) {\n    jobFairListExport(filter: $filter)\n  }\n",
): (typeof documents)["\n  query JobFairListExport($filter: JobFairsFilter) {\n    jobFairListExport(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query EmploymentOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      employment {\n        offerCount\n        offersRequired\n        case {\n          id\n          status\n          openedOn\n          caseworker\n        }\n        offers {\n          id\n          offeredOn\n          employer\n          position\n          monthlyWageFen\n          outcome\n          recordedBy\n        }\n        placement {\n          id\n          employer\n          kind\n          since\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query EmploymentOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      employment {\n        offerCount\n        offersRequired\n        case {\n          id\n          status\n          openedOn\n          caseworker\n        }\n        offers {\n          id\n          offeredOn\n          employer\n          position\n          monthlyWageFen\n          outcome\n          recordedBy\n        }\n        placement {\n          id\n          employer\n          kind\n          since\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ImportRegister($input: ImportRegisterInput!) {\n    importRegister(input: $input) {\n      accepted\n      dryRun\n      rowCount\n      created\n      updated\n      unchanged\n      householdsCreated\n      errors {\n        row\n        column\n        messageZh\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation ImportRegister($input: ImportRegisterInput!) {\n    importRegister(input: $input) {\n      accepted\n      dryRun\n      rowCount\n      created\n      updated\n      unchanged\n      householdsCreated\n      errors {\n        row\n        column\n        messageZh\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RegisterTemplate {\n    registerTemplate\n  }\n",
): (typeof documents)["\n  query RegisterTemplate {\n    registerTemplate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n",
): (typeof documents)["\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n",
): (typeof documents)["\n  mutation RegisterHousehold($input: RegisterHouseholdInput!) {\n    registerHousehold(input: $input) {\n      id\n      number\n      townshipCode\n      village\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query HouseholdsOfVillage($filter: HouseholdsFilter) {\n    households(first: 100, filter: $filter) {\n      nodes {\n        id\n        number\n        village\n        head {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {\n    recordNeedsSurvey(input: $input) {\n      id\n      surveyedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n",
): (typeof documents)["\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      povertyStatus\n      exitedOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        idNumberMasked\n        sex\n        age\n        townshipCode\n        village\n        povertyStatus\n        laborCapacity\n        version\n        latestNeedsSurvey {\n          surveyedOn\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n",
): (typeof documents)["\n  query RegistryOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      idNumberMasked\n      sex\n      birthDate\n      age\n      phone\n      townshipCode\n      village\n      povertyStatus\n      registeredOn\n      exitedOn\n      laborCapacity\n      education\n      willingToWork\n      willingToTrain\n      entrepreneurshipIntention\n      disabilityCertificate\n      isHead\n      household {\n        id\n        number\n        minimumLivingGuarantee\n        urbanZeroEmployment\n        ruralZeroTransferEmployment\n        members {\n          id\n          name\n          isHead\n        }\n      }\n      needsSurveys {\n        id\n        surveyedOn\n        surveyedBy\n        needsWork\n        needsTraining\n        needsEntrepreneurship\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BurdenNotices($first: Int!, $after: String, $filter: BurdenNoticesFilter) {\n    burdenNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        version\n        personId\n        townshipCode\n        claimDate\n        totalCostFen\n        outOfPocketFen\n        reason\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query BurdenNotices($first: Int!, $after: String, $filter: BurdenNoticesFilter) {\n    burdenNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        version\n        personId\n        townshipCode\n        claimDate\n        totalCostFen\n        outOfPocketFen\n        reason\n        receivedAt\n        acknowledgedOn\n        acknowledgedBy\n        followUp\n        person {\n          id\n          name\n          village\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AcknowledgeBurdenNotice($input: AcknowledgeBurdenNoticeInput!) {\n    acknowledgeBurdenNotice(input: $input) {\n      id\n      version\n      acknowledgedOn\n    }\n  }\n",
): (typeof documents)["\n  mutation AcknowledgeBurdenNotice($input: AcknowledgeBurdenNoticeInput!) {\n    acknowledgeBurdenNotice(input: $input) {\n      id\n      version\n      acknowledgedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BurdenNoticesOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      burdenNotices {\n        id\n        claimDate\n        outOfPocketFen\n        reason\n        acknowledgedOn\n        followUp\n      }\n    }\n  }\n",
): (typeof documents)["\n  query BurdenNoticesOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      burdenNotices {\n        id\n        claimDate\n        outOfPocketFen\n        reason\n        acknowledgedOn\n        followUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ScreeningRuns($scheme: Scheme) {\n    screeningRuns(first: 10, scheme: $scheme) {\n      nodes {\n        id\n        scheme\n        asOf\n        ranAt\n        ranBy\n        peopleScreened\n        findingCount\n        enrolmentsCreated\n        subsidiesCreated\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ScreeningRuns($scheme: Scheme) {\n    screeningRuns(first: 10, scheme: $scheme) {\n      nodes {\n        id\n        scheme\n        asOf\n        ranAt\n        ranBy\n        peopleScreened\n        findingCount\n        enrolmentsCreated\n        subsidiesCreated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ScreeningFindings($runId: ID!, $first: Int!, $after: String, $kind: FindingKind) {\n    screeningFindings(runId: $runId, first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        detail\n        personId\n        townshipCode\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ScreeningFindings($runId: ID!, $first: Int!, $after: String, $kind: FindingKind) {\n    screeningFindings(runId: $runId, first: $first, after: $after, kind: $kind) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        detail\n        personId\n        townshipCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RunScreening($asOf: LocalDate!, $scheme: Scheme!) {\n    runScreening(asOf: $asOf, scheme: $scheme) {\n      id\n      findingCount\n    }\n  }\n",
): (typeof documents)["\n  mutation RunScreening($asOf: LocalDate!, $scheme: Scheme!) {\n    runScreening(asOf: $asOf, scheme: $scheme) {\n      id\n      findingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SubsidyLedgerExport($year: Int!, $scheme: Scheme) {\n    subsidyLedgerExport(year: $year, scheme: $scheme)\n  }\n",
): (typeof documents)["\n  query SubsidyLedgerExport($year: Int!, $scheme: Scheme) {\n    subsidyLedgerExport(year: $year, scheme: $scheme)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PensionLedger($first: Int!, $after: String, $filter: PensionLedgerFilter) {\n    pensionLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        personId\n        townshipCode\n        status\n        turned60On\n        benefitStartsOn\n        monthlyBenefitFen\n        backPaymentFen\n        claimedOn\n        backPaidOn\n        payingSince\n        version\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PensionLedger($first: Int!, $after: String, $filter: PensionLedgerFilter) {\n    pensionLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        personId\n        townshipCode\n        status\n        turned60On\n        benefitStartsOn\n        monthlyBenefitFen\n        backPaymentFen\n        claimedOn\n        backPaidOn\n        payingSince\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PensionClaim($input: PensionStepInput!) {\n    recordPensionClaim(input: $input) {\n      id\n      status\n      version\n    }\n  }\n",
): (typeof documents)["\n  mutation PensionClaim($input: PensionStepInput!) {\n    recordPensionClaim(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PensionBackPay($input: PensionStepInput!) {\n    recordPensionBackPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n",
): (typeof documents)["\n  mutation PensionBackPay($input: PensionStepInput!) {\n    recordPensionBackPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PensionStart($input: PensionStepInput!) {\n    startPensionPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n",
): (typeof documents)["\n  mutation PensionStart($input: PensionStepInput!) {\n    startPensionPayment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RunPensionLedger($date: LocalDate!) {\n    runPensionLedger(date: $date) {\n      added\n      alreadyOnLedger\n    }\n  }\n",
): (typeof documents)["\n  mutation RunPensionLedger($date: LocalDate!) {\n    runPensionLedger(date: $date) {\n      added\n      alreadyOnLedger\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PensionLedgerExport($filter: PensionLedgerFilter) {\n    pensionLedgerExport(filter: $filter)\n  }\n",
): (typeof documents)["\n  query PensionLedgerExport($filter: PensionLedgerFilter) {\n    pensionLedgerExport(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      claimDate\n      poorPerson\n      totalCostFen\n      paidByPayersFen\n      outOfPocketFen\n      lines {\n        payer\n        eligible\n        baseFen\n        deductibleAppliedFen\n        paidFen\n        capped\n      }\n      trace {\n        rule\n        zh\n        payer\n        amountFen\n      }\n      burdenReport {\n        id\n        reason\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      claimDate\n      poorPerson\n      totalCostFen\n      paidByPayersFen\n      outOfPocketFen\n      lines {\n        payer\n        eligible\n        baseFen\n        deductibleAppliedFen\n        paidFen\n        capped\n      }\n      trace {\n        rule\n        zh\n        payer\n        amountFen\n      }\n      burdenReport {\n        id\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PersonPick($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PersonPick($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        idNumberMasked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MedicalPolicyDrafts {\n    policyVersions(filter: { kind: MEDICAL }) {\n      id\n      name\n      status\n      validFrom\n    }\n  }\n",
): (typeof documents)["\n  query MedicalPolicyDrafts {\n    policyVersions(filter: { kind: MEDICAL }) {\n      id\n      name\n      status\n      validFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CompareSettlements($draft: ID!, $filter: SettlementsFilter) {\n    compareSettlements(draftPolicyVersionId: $draft, filter: $filter) {\n      settlementCount\n      totalPaid {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      outOfPocket {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      payers {\n        payer\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      largestChanges {\n        settlementId\n        personId\n        claimDate\n        baselineOutOfPocketFen\n        draftOutOfPocketFen\n        differenceFen\n      }\n    }\n  }\n",
): (typeof documents)["\n  query CompareSettlements($draft: ID!, $filter: SettlementsFilter) {\n    compareSettlements(draftPolicyVersionId: $draft, filter: $filter) {\n      settlementCount\n      totalPaid {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      outOfPocket {\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      payers {\n        payer\n        baselineFen\n        draftFen\n        differenceFen\n      }\n      largestChanges {\n        settlementId\n        personId\n        claimDate\n        baselineOutOfPocketFen\n        draftOutOfPocketFen\n        differenceFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SocialSecurityOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      socialSecurity {\n        poorPersonAdjustments\n        enrolments {\n          id\n          scheme\n          schemeYear\n          status\n          enrolledOn\n        }\n        premiumSubsidies {\n          id\n          scheme\n          year\n          standardFen\n          paidFen\n          state\n        }\n        pensionLedgerEntry {\n          id\n          status\n          monthlyBenefitFen\n          benefitStartsOn\n        }\n        settlements {\n          id\n          claimDate\n          totalCostFen\n          paidByPayersFen\n          outOfPocketFen\n          settledBy\n          lines {\n            payer\n            paidFen\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query SocialSecurityOfPerson($id: ID!) {\n    person(id: $id) {\n      id\n      socialSecurity {\n        poorPersonAdjustments\n        enrolments {\n          id\n          scheme\n          schemeYear\n          status\n          enrolledOn\n        }\n        premiumSubsidies {\n          id\n          scheme\n          year\n          standardFen\n          paidFen\n          state\n        }\n        pensionLedgerEntry {\n          id\n          status\n          monthlyBenefitFen\n          benefitStartsOn\n        }\n        settlements {\n          id\n          claimDate\n          totalCostFen\n          paidByPayersFen\n          outOfPocketFen\n          settledBy\n          lines {\n            payer\n            paidFen\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
